package nl.wijkatlas.tiles;

import java.util.Arrays;
import java.util.Optional;

import nl.wijkatlas.geodata.AreaLevel;

/**
 * The tile layers, one per area level; their names are the levels' plurals (
 * {@link AreaLevel#plural()}), the layer names inside the MVT too and the OGC API
 * collection ids.
 */
enum TileLayer {

	GEMEENTEN(AreaLevel.GEMEENTE), STADSDELEN(AreaLevel.STADSDEEL), WIJKEN(AreaLevel.WIJK), BUURTEN(AreaLevel.BUURT),
	GEBIEDEN(AreaLevel.GEBIED);

	private final AreaLevel level;

	TileLayer(AreaLevel level) {
		this.level = level;
	}

	/** The layer's name, e.g. {@code wijken}. */
	String id() {
		return this.level.plural();
	}

	AreaLevel level() {
		return this.level;
	}

	static Optional<TileLayer> byId(String id) {
		return Arrays.stream(values()).filter((layer) -> layer.id().equals(id)).findFirst();
	}

}
