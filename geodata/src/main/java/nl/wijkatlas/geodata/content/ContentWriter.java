package nl.wijkatlas.geodata.content;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import nl.wijkatlas.geodata.SourceRecord;
import nl.wijkatlas.geodata.load.ImportTransaction;
import nl.wijkatlas.geodata.load.Sql;

/**
 * Writes validated content inside the caller's transaction. Records a wijkmanager has
 * changed through the API (version above 0) are left alone: an import never overwrites
 * their work.
 */
final class ContentWriter {

	private final Connection connection;

	ContentWriter(Connection connection) {
		this.connection = connection;
	}

	void write(Content content) throws SQLException {
		ImportTransaction.writeSources(this.connection,
				content.sources()
					.stream()
					.map((source) -> new SourceRecord(source.id(), source.kind(), source.title(), source.publisher(),
							source.url(), source.year(), null, null, source.note()))
					.toList());
		for (Content.OrganisationEntry organisation : content.organisations()) {
			writeOrganisation(organisation);
		}
		for (Content.BudgetGoalEntry goal : content.budgetGoals()) {
			writeBudgetGoal(goal);
		}
		for (Content.CreditEntry credit : content.credits()) {
			writeCredit(credit);
		}
		for (Content.SchemeEntry scheme : content.schemes()) {
			writeScheme(scheme);
		}
		for (Content.InitiativeEntry initiative : content.initiatives()) {
			writeInitiative(initiative);
		}
		OpgaveWriter opgaven = new OpgaveWriter(this.connection);
		for (Content.OpgaveEntry opgave : content.opgaven()) {
			opgaven.write(opgave);
		}
		StoryWriter stories = new StoryWriter(this.connection);
		for (Content.StoryEntry story : content.stories()) {
			stories.write(story);
		}
	}

	private void writeOrganisation(Content.OrganisationEntry o) throws SQLException {
		Sql.update(this.connection,
				"""
						insert into organisation (id, name, kind, address, email, phone, website, historical, source_id, locator, note)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (id) do update set name = excluded.name, kind = excluded.kind, address = excluded.address,
						  email = excluded.email, phone = excluded.phone, website = excluded.website,
						  historical = excluded.historical, source_id = excluded.source_id, locator = excluded.locator,
						  note = excluded.note
						""",
				o.id(), o.name(), o.kind(), o.address(), o.email(), o.phone(), o.website(),
				Boolean.TRUE.equals(o.historical()), o.sourceId(), o.locator(), o.note());
		Sql.update(this.connection, "delete from organisation_area where organisation_id = ?", o.id());
		links("insert into organisation_area (organisation_id, area_code, role) values (?, ?, 'LOCATED')", o.id(),
				o.areaCodes());
		links("insert into organisation_area (organisation_id, area_code, role) values (?, ?, 'SERVES')", o.id(),
				o.serviceAreaCodes());
	}

	private void writeBudgetGoal(Content.BudgetGoalEntry g) throws SQLException {
		Sql.update(this.connection,
				"""
						insert into budget_goal (code, title, domain, description, portfolio_holders, criteria, source_id, locator)
						values (?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (code) do update set title = excluded.title, domain = excluded.domain,
						  description = excluded.description, portfolio_holders = excluded.portfolio_holders,
						  criteria = excluded.criteria, source_id = excluded.source_id, locator = excluded.locator
						""",
				g.code(), g.title(), g.domain(), g.text(), array(g.portfolioHolders()), array(g.criteria()),
				g.sourceId(), g.locator());
		Sql.update(this.connection, "delete from budget_goal_year where budget_goal_code = ?", g.code());
		for (Content.BudgetYear y : nonNull(g.years())) {
			Sql.update(this.connection, """
					insert into budget_goal_year (budget_goal_code, year, kind, expenses, income, balance,
					  reserve_additions, reserve_withdrawals, result) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", g.code(), y.year().shortValue(), y.kind(), y.expenses(), y.income(), y.balance(),
					y.reserveAdditions(), y.reserveWithdrawals(), y.result());
		}
		Sql.update(this.connection, "delete from budget_goal_credit_total where budget_goal_code = ?", g.code());
		List<Content.StatedTotal> totals = nonNull(g.statedTotals());
		for (int position = 0; position < totals.size(); position++) {
			Content.StatedTotal t = totals.get(position);
			Content.Realised realised = t.realisedToDate();
			Sql.update(this.connection, """
					insert into budget_goal_credit_total (budget_goal_code, position, label, scope, amount,
					  realised_to_date, realised_year, remaining, credit_ids, locator)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", g.code(), (short) position, t.label(), t.scope(), t.amount(),
					(realised != null) ? realised.amount() : null,
					(realised != null && realised.year() != null) ? realised.year().shortValue() : null, t.remaining(),
					array(t.creditIds()), t.locator());
			for (Content.Forecast f : nonNull(t.forecasts())) {
				Sql.update(this.connection,
						"""
								insert into budget_goal_credit_total_forecast (budget_goal_code, position, year, open_ended, amount)
								values (?, ?, ?, ?, ?)
								""",
						g.code(), (short) position, f.year().shortValue(), f.isOpenEnded(), f.amount());
			}
		}
	}

	private void writeCredit(Content.CreditEntry c) throws SQLException {
		Content.Realised realised = c.realisedToDate();
		// part_of is checked at commit (deferred), so a part may be written before its
		// whole.
		Sql.update(this.connection, """
				insert into credit (id, name, kind, part_of, budget_goal_code, amount, realised_to_date, realised_year,
				  remaining, source_id, locator, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set name = excluded.name, kind = excluded.kind, part_of = excluded.part_of,
				  budget_goal_code = excluded.budget_goal_code,
				  amount = excluded.amount, realised_to_date = excluded.realised_to_date,
				  realised_year = excluded.realised_year, remaining = excluded.remaining,
				  source_id = excluded.source_id, locator = excluded.locator, note = excluded.note
				""", c.id(), c.name(), c.kind(), c.partOf(), c.budgetGoalCode(), c.amount(),
				(realised != null) ? realised.amount() : null,
				(realised != null && realised.year() != null) ? realised.year().shortValue() : null, c.remaining(),
				c.sourceId(), c.locator(), c.note());
		Sql.update(this.connection, "delete from credit_forecast where credit_id = ?", c.id());
		for (Content.Forecast f : nonNull(c.forecasts())) {
			Sql.update(this.connection,
					"insert into credit_forecast (credit_id, year, open_ended, amount) values (?, ?, ?, ?)", c.id(),
					f.year().shortValue(), f.isOpenEnded(), f.amount());
		}
		Sql.update(this.connection, "delete from credit_area where credit_id = ?", c.id());
		links("insert into credit_area (credit_id, area_code, role) values (?, ?, 'SERVES')", c.id(), c.areaCodes());
		links("insert into credit_area (credit_id, area_code, role) values (?, ?, 'PILOT')", c.id(),
				c.pilotAreaCodes());
	}

	private void writeScheme(Content.SchemeEntry s) throws SQLException {
		Sql.update(this.connection, """
				insert into initiative_scheme (id, name, description, max_amount, max_amount_status,
				  max_amount_status_quote, max_share, budget_per_year, budget_scope, categories, website,
				  source_id, locator, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set name = excluded.name, description = excluded.description,
				  max_amount = excluded.max_amount, max_amount_status = excluded.max_amount_status,
				  max_amount_status_quote = excluded.max_amount_status_quote, max_share = excluded.max_share,
				  budget_per_year = excluded.budget_per_year, budget_scope = excluded.budget_scope,
				  categories = excluded.categories, website = excluded.website, source_id = excluded.source_id,
				  locator = excluded.locator, note = excluded.note
				""", s.id(), s.name(), s.description(), s.maxAmount(), s.maxAmountStatus(), s.maxAmountStatusQuote(),
				share(s.maxShare()), s.budgetPerYear(), s.budgetScope(), array(s.categories()), s.website(),
				s.sourceId(), s.locator(), s.note());
	}

	private void writeInitiative(Content.InitiativeEntry i) throws SQLException {
		Content.Location at = i.location();
		int written = Sql.update(this.connection, """
				insert into initiative (id, title, description, initiator_organisation_id, location, status,
				  funding_scheme_id, amount, started_on, link, source_id, locator, note)
				values (?, ?, ?, ?, case when ?::float8 is null then null
				  else ST_SetSRID(ST_MakePoint(?::float8, ?::float8), 4326) end, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set title = excluded.title, description = excluded.description,
				  initiator_organisation_id = excluded.initiator_organisation_id, location = excluded.location,
				  status = excluded.status, funding_scheme_id = excluded.funding_scheme_id, amount = excluded.amount,
				  started_on = excluded.started_on, link = excluded.link, source_id = excluded.source_id,
				  locator = excluded.locator, note = excluded.note
				where initiative.version = 0
				""", i.id(), i.title(), i.description(), i.initiatorOrganisationId(), (at != null) ? at.lon() : null,
				(at != null) ? at.lon() : null, (at != null) ? at.lat() : null, i.status(), i.fundingSchemeId(),
				i.amount(), i.startedOn(), i.link(), i.sourceId(), i.locator(), i.note());
		if (written > 0) {
			Sql.update(this.connection, "delete from initiative_area where initiative_id = ?", i.id());
			links("insert into initiative_area (initiative_id, area_code) values (?, ?)", i.id(), i.areaCodes());
		}
	}

	private void links(String insert, String id, List<String> areaCodes) throws SQLException {
		for (String code : nonNull(areaCodes).stream().distinct().toList()) {
			Sql.update(this.connection, insert, id, code);
		}
	}

	private java.sql.Array array(List<String> values) throws SQLException {
		return this.connection.createArrayOf("text", nonNull(values).toArray());
	}

	// Sources state shares as percentages ("max 50 %") or fractions; the column holds a
	// fraction.
	private static BigDecimal share(BigDecimal value) {
		return (value != null && value.compareTo(BigDecimal.ONE) > 0) ? value.movePointLeft(2) : value;
	}

	static <T> List<T> nonNull(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
