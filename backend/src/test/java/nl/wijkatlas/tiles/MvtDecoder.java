package nl.wijkatlas.tiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.CodedInputStream;

/**
 * A minimal Mapbox Vector Tile 2.1 decoder (the protobuf wire format read field by
 * field): layers with their features' properties and geometry type, and the number of
 * geometry commands. Enough to check what the server wrote.
 */
final class MvtDecoder {

	private MvtDecoder() {
	}

	record Feature(Map<String, Object> properties, int type, int geometryLength, long id) {
	}

	record Layer(String name, int version, int extent, List<Feature> features) {
	}

	static Map<String, Layer> decode(byte[] bytes) throws IOException {
		Map<String, Layer> layers = new LinkedHashMap<>();
		CodedInputStream in = CodedInputStream.newInstance(bytes);
		while (!in.isAtEnd()) {
			int tag = in.readTag();
			if (tag >>> 3 == 3) {
				Layer layer = layer(in.readByteArray());
				layers.put(layer.name(), layer);
			}
			else {
				in.skipField(tag);
			}
		}
		return layers;
	}

	private static Layer layer(byte[] bytes) throws IOException {
		CodedInputStream in = CodedInputStream.newInstance(bytes);
		String name = null;
		int version = 1;
		int extent = 4096;
		List<byte[]> rawFeatures = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		while (!in.isAtEnd()) {
			int tag = in.readTag();
			switch (tag >>> 3) {
				case 1 -> name = in.readString();
				case 2 -> rawFeatures.add(in.readByteArray());
				case 3 -> keys.add(in.readString());
				case 4 -> values.add(value(in.readByteArray()));
				case 5 -> extent = in.readUInt32();
				case 15 -> version = in.readUInt32();
				default -> in.skipField(tag);
			}
		}
		List<Feature> features = new ArrayList<>();
		for (byte[] raw : rawFeatures) {
			features.add(feature(raw, keys, values));
		}
		return new Layer(name, version, extent, features);
	}

	private static Feature feature(byte[] bytes, List<String> keys, List<Object> values) throws IOException {
		CodedInputStream in = CodedInputStream.newInstance(bytes);
		Map<String, Object> properties = new LinkedHashMap<>();
		int type = 0;
		int geometryLength = 0;
		long id = -1;
		while (!in.isAtEnd()) {
			int tag = in.readTag();
			switch (tag >>> 3) {
				case 1 -> id = in.readUInt64();
				case 2 -> {
					List<Integer> tags = packed(in);
					for (int i = 0; i + 1 < tags.size(); i += 2) {
						properties.put(keys.get(tags.get(i)), values.get(tags.get(i + 1)));
					}
				}
				case 3 -> type = in.readEnum();
				case 4 -> geometryLength = packed(in).size();
				default -> in.skipField(tag);
			}
		}
		return new Feature(properties, type, geometryLength, id);
	}

	private static List<Integer> packed(CodedInputStream in) throws IOException {
		List<Integer> out = new ArrayList<>();
		int limit = in.pushLimit(in.readRawVarint32());
		while (in.getBytesUntilLimit() > 0) {
			out.add(in.readRawVarint32());
		}
		in.popLimit(limit);
		return out;
	}

	private static Object value(byte[] bytes) throws IOException {
		CodedInputStream in = CodedInputStream.newInstance(bytes);
		Object value = null;
		while (!in.isAtEnd()) {
			int tag = in.readTag();
			switch (tag >>> 3) {
				case 1 -> value = in.readString();
				case 2 -> value = (double) in.readFloat();
				case 3 -> value = in.readDouble();
				case 4 -> value = in.readInt64();
				case 5 -> value = in.readUInt64();
				case 6 -> value = in.readSInt64();
				case 7 -> value = in.readBool();
				default -> in.skipField(tag);
			}
		}
		return value;
	}

}
