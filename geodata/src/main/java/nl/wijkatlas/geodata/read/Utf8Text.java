package nl.wijkatlas.geodata.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import nl.wijkatlas.geodata.Problems;

/**
 * Decodes a text file strictly as UTF-8: a byte sequence that is not UTF-8 (a file saved
 * as Windows-1252 or Latin-1, or as UTF-16) is reported with its line, never replaced by
 * a question mark. Shared by the gebied and indicator imports.
 */
public final class Utf8Text {

	private Utf8Text() {
	}

	/**
	 * Decodes the bytes.
	 * @param file the file name, for messages
	 * @param content the bytes
	 * @param problems where an encoding problem is reported
	 * @return the text without a byte order mark, or null when it is not UTF-8
	 */
	public static String decode(String file, byte[] content, Problems problems) {
		if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
				|| (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
			problems.add(file, null, "wrong encoding: the file is UTF-16; save it as UTF-8");
			return null;
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(content.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int offset = in.position();
			problems.add(file, "line " + lineAt(content, offset),
					String.format(
							"wrong encoding: byte 0x%02X (column %d) is not UTF-8; save the file as UTF-8 "
									+ "(it looks like Windows-1252 or Latin-1)",
							content[offset] & 0xFF, columnAt(content, offset)));
			return null;
		}
		out.flip();
		String text = out.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static int lineAt(byte[] content, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			line += (content[i] == '\n') ? 1 : 0;
		}
		return line;
	}

	private static int columnAt(byte[] content, int offset) {
		int start = offset;
		while (start > 0 && content[start - 1] != '\n') {
			start--;
		}
		return offset - start + 1;
	}

}
