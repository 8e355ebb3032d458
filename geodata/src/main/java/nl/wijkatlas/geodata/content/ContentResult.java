package nl.wijkatlas.geodata.content;

/**
 * What a content import did.
 *
 * @param organisations how many organisations the files hold
 * @param budgetGoals how many begrotingsdoelen
 * @param credits how many kredieten
 * @param initiatives how many initiatives
 * @param opgaven how many opgaven
 * @param stories how many stories
 * @param changed false when the same files were imported before and nothing was written
 * @param dataVersion the data version after the import
 */
public record ContentResult(int organisations, int budgetGoals, int credits, int initiatives, int opgaven, int stories,
		boolean changed, long dataVersion) {

	static ContentResult of(Content content, boolean changed, long dataVersion) {
		return new ContentResult(content.organisations().size(), content.budgetGoals().size(), content.credits().size(),
				content.initiatives().size(), content.opgaven().size(), content.stories().size(), changed, dataVersion);
	}

	int records() {
		return this.organisations + this.budgetGoals + this.credits + this.initiatives + this.opgaven + this.stories;
	}

	public String summary() {
		return "organisations=" + this.organisations + " budgetGoals=" + this.budgetGoals + " credits=" + this.credits
				+ " initiatives=" + this.initiatives + " opgaven=" + this.opgaven + " stories=" + this.stories
				+ (this.changed ? "; changed" : "; unchanged") + ", data version " + this.dataVersion;
	}

}
