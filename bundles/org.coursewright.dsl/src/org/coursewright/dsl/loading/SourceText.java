package org.coursewright.dsl.loading;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a {@code .course} file, or why it is not one. Course files are UTF-8; a
 * file in another encoding, or not text at all, gets a clear message instead of a
 * parser flooded with nonsense.
 */
public sealed interface SourceText {

	/** Files above this size are refused: no module is this large, a misnamed data file might be. */
	int MAX_BYTES = 16 * 1024 * 1024;

	record Readable(String text) implements SourceText {
	}

	record Unreadable(int line, int column, String message) implements SourceText {
	}

	static SourceText decode(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			return new Unreadable(1, 1, "This file is " + bytes.length / (1024 * 1024) + " MB; course files are limited to "
					+ MAX_BYTES / (1024 * 1024) + " MB. Split the module into one file per unit.");
		}
		if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
			return new Unreadable(1, 1, "This file is encoded as UTF-16. Save it as UTF-8.");
		}
		int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		for (int i = offset; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				int[] place = place(bytes, offset, i);
				return new Unreadable(place[0], place[1], "This file is not text: it contains binary data (a zero byte)."
						+ " Is it really a .course file?");
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		// decoded in one step whose result, on an error, leaves the position at the first bad
		// byte: the place reported is where the designer's editor shows that byte
		CharBuffer output = CharBuffer.allocate(bytes.length - offset);
		CoderResult result = decoder.decode(input, output, true);
		if (!result.isError()) {
			result = decoder.flush(output);
		}
		if (result.isError()) {
			int bad = input.position();
			int[] place = place(bytes, offset, bad);
			return new Unreadable(place[0], place[1], String.format("This file is not valid UTF-8 (byte 0x%02X at this place)."
					+ " Save it as UTF-8; most editors offer this under 'Save as' or 'Encoding'.", bytes[Math.min(bad, bytes.length - 1)] & 0xFF));
		}
		return new Readable(output.flip().toString());
	}

	/** 1-based line and column (in characters) of a byte position, counting only the valid text before it. */
	private static int[] place(byte[] bytes, int from, int position) {
		int line = 1;
		int column = 1;
		for (int i = from; i < position; i++) {
			if (bytes[i] == '\n') {
				line++;
				column = 1;
			} else if ((bytes[i] & 0xC0) != 0x80) {
				column++;
			}
		}
		return new int[] { line, column };
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
