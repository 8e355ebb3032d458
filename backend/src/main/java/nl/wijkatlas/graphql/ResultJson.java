package nl.wijkatlas.graphql;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a GraphQL response (the specification map: {@code data}, {@code errors},
 * {@code extensions}) as JSON by walking it with Jackson's generator. An executed result
 * holds only maps with text keys, lists, texts, numbers, booleans and nulls; the data
 * binder looked up a serializer for every map entry's value (a national choropleth:
 * 14,000 values, a fifth of the server's samples in Jackson's map serializer). Anything
 * else, such as an extension's own object, is still written by the mapper.
 */
final class ResultJson {

	private ResultJson() {
	}

	/**
	 * @param out the response's body; neither flushed nor closed here, so that the
	 * servlet container still sets Content-Length on an answer that fits its buffer
	 */
	static void write(JsonMapper mapper, Map<String, Object> result, OutputStream out) {
		try (JsonGenerator generator = mapper.createGenerator(new FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.out.write(bytes, offset, length);
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		})) {
			value(generator, result);
		}
	}

	private static void value(JsonGenerator generator, Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof Map<?, ?> map) {
			generator.writeStartObject();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				generator.writeName(String.valueOf(entry.getKey()));
				value(generator, entry.getValue());
			}
			generator.writeEndObject();
		}
		else if (value instanceof List<?> list) {
			generator.writeStartArray();
			for (Object item : list) {
				value(generator, item);
			}
			generator.writeEndArray();
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else if (value instanceof Integer number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Long number) {
			generator.writeNumber(number);
		}
		else {
			generator.writePOJO(value);
		}
	}

}
