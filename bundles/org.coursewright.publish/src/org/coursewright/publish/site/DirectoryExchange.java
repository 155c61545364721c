package org.coursewright.publish.site;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Swaps two folders in one step, where the system can: Linux's renameat2 with RENAME_EXCHANGE,
 * called through Java's foreign function API. With two renames (the old site aside, the new
 * one in), a run killed between them leaves no site at all until the next run puts the old one
 * back; with the exchange there is no moment without a whole site.
 * <p>
 * The API is final from Java 22 and Coursewright runs on 21 too, so it is reached by
 * reflection; where it, or renameat2, is missing, {@link #exchange} says so and the caller
 * renames twice. The launchers pass --enable-native-access=ALL-UNNAMED, which this needs
 * to run without a warning.
 */
final class DirectoryExchange {

	private static final int AT_FDCWD = -100;
	private static final int RENAME_EXCHANGE = 2;
	private static final Optional<MethodHandle> RENAMEAT2 = renameat2();

	private DirectoryExchange() {
	}

	/** Swaps the two folders and returns true, or returns false having changed nothing. */
	static boolean exchange(Path first, Path second) {
		if (RENAMEAT2.isEmpty()) {
			return false;
		}
		try {
			Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
			try (AutoCloseable arena = (AutoCloseable) arenaClass.getMethod("ofConfined").invoke(null)) {
				Object a = arenaClass.getMethod("allocateFrom", String.class).invoke(arena, first.toAbsolutePath().toString());
				Object b = arenaClass.getMethod("allocateFrom", String.class).invoke(arena, second.toAbsolutePath().toString());
				return (int) RENAMEAT2.get().invokeWithArguments(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE) == 0;
			}
		} catch (Throwable e) {
			return false;
		}
	}

	private static Optional<MethodHandle> renameat2() {
		if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux") || Runtime.version().feature() < 22) {
			return Optional.empty();
		}
		try {
			Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
			Class<?> layoutClass = Class.forName("java.lang.foreign.ValueLayout");
			Class<?> memoryLayoutClass = Class.forName("java.lang.foreign.MemoryLayout");
			Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
			Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
			Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
			Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
			Object lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
			Optional<?> symbol = (Optional<?>) lookup.getClass().getMethod("find", String.class).invoke(lookup, "renameat2");
			if (symbol.isEmpty()) {
				return Optional.empty();
			}
			Object integer = layoutClass.getField("JAVA_INT").get(null);
			Object address = layoutClass.getField("ADDRESS").get(null);
			Object arguments = Array.newInstance(memoryLayoutClass, 5);
			Object[] layouts = { integer, address, integer, address, integer };
			for (int i = 0; i < layouts.length; i++) {
				Array.set(arguments, i, layouts[i]);
			}
			Object descriptor = descriptorClass.getMethod("of", memoryLayoutClass, arguments.getClass()).invoke(null, integer, arguments);
			Object options = Array.newInstance(optionClass, 0);
			return Optional.of((MethodHandle) linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass, options.getClass())
					.invoke(linker, symbol.get(), descriptor, options));
		} catch (ReflectiveOperationException | RuntimeException e) {
			return Optional.empty();
		}
	}
}
