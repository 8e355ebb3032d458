package nl.wijkatlas.story;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wijkatlas.jpa.Aggregates;

import org.hibernate.Hibernate;

/**
 * A story chapter as the mutations write it: the row and its citations, under one
 * version. Read through {@link StoryRepository} (SQL).
 */
@Entity
@Table(name = "chapter")
class ChapterEntity implements Aggregates.Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "story_slug")
	private String storySlug;

	private short position;

	private String title;

	private String text;

	@Column(name = "title_en")
	private String titleEn;

	@Column(name = "text_en")
	private String textEn;

	@Column(name = "focus_area_code")
	private String focusAreaCode;

	@Column(name = "camera_lon")
	private Double cameraLon;

	@Column(name = "camera_lat")
	private Double cameraLat;

	@Column(name = "camera_zoom")
	private Double cameraZoom;

	@Column(name = "layer_indicator_code")
	private String layerIndicatorCode;

	@Column(name = "layer_period")
	private String layerPeriod;

	@Column(name = "layer_level")
	private String layerLevel;

	@Column(name = "show_initiatives")
	private boolean showInitiatives;

	@Column(name = "show_credits")
	private boolean showCredits;

	@Column(name = "missing_figures")
	private String missingFigures;

	@Version
	private int version;

	/** In the order they were written (the id), as the read side lists them. */
	@OneToMany(mappedBy = "chapter", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ChapterCitationEntity> citations = new ArrayList<>();

	protected ChapterEntity() {
	}

	/** A new chapter at version 1 (the importer's rows are at 0). */
	ChapterEntity(String storySlug, int position) {
		this.storySlug = storySlug;
		this.position = (short) position;
		this.version = 1;
	}

	void apply(ChapterInput input) {
		ChapterInput.CameraInput camera = input.camera();
		ChapterInput.LayersInput layers = input.layers();
		this.title = input.title().strip();
		this.text = input.text();
		this.titleEn = (input.titleEn() != null) ? input.titleEn().strip() : null;
		this.textEn = input.textEn();
		this.focusAreaCode = input.focusAreaCode();
		this.cameraLon = (camera != null) ? camera.lon() : null;
		this.cameraLat = (camera != null) ? camera.lat() : null;
		this.cameraZoom = (camera != null) ? camera.zoom() : null;
		this.layerIndicatorCode = (layers != null) ? layers.indicatorCode() : null;
		this.layerPeriod = (layers != null) ? layers.period() : null;
		this.layerLevel = (layers != null) ? layers.level() : null;
		this.showInitiatives = layers != null && Boolean.TRUE.equals(layers.initiatives());
		this.showCredits = layers != null && Boolean.TRUE.equals(layers.credits());
		this.missingFigures = input.missingFigures();
		Aggregates.match(this.citations, input.citationsOrEmpty(), (position) -> new ChapterCitationEntity(this),
				ChapterCitationEntity::apply);
	}

	/** Loads the whole aggregate, so that it can be changed after it is detached. */
	ChapterEntity loaded() {
		Hibernate.initialize(this.citations);
		return this;
	}

	Long getId() {
		return this.id;
	}

	String focusAreaCode() {
		return this.focusAreaCode;
	}

	Double cameraLon() {
		return this.cameraLon;
	}

	Double cameraLat() {
		return this.cameraLat;
	}

	@Override
	public int getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(int version) {
		this.version = version;
	}

}
