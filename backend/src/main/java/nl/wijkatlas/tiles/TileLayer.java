package nl.wijkatlas.tiles;

import java.util.Arrays;
import java.util.Optional;

import nl.wijkatlas.geodata.AreaLevel;

/**
 * The tile layers, one per area level; their names are the layer names inside the MVT
 * too, and match the OGC API collection ids.
 */
enum TileLayer {

	GEMEENTEN("gemeenten", AreaLevel.GEMEENTE), STADSDELEN("stadsdelen", AreaLevel.STADSDEEL),
	WIJKEN("wijken", AreaLevel.WIJK), BUURTEN("buurten", AreaLevel.BUURT), GEBIEDEN("gebieden", AreaLevel.GEBIED);

	private final String id;

	private final AreaLevel level;

	TileLayer(String id, AreaLevel level) {
		this.id = id;
		this.level = level;
	}

	String id() {
		return this.id;
	}

	AreaLevel level() {
		return this.level;
	}

	static Optional<TileLayer> byId(String id) {
		return Arrays.stream(values()).filter((layer) -> layer.id.equals(id)).findFirst();
	}

}
