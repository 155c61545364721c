import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.MethodModel;
import java.lang.classfile.MethodTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies the command line's jars for a fast start: without their signature files, and with
 * class files older than Java 6 brought up to Java 6.
 * <ul>
 * <li>The JVM leaves classes of signed jars out of its class data sharing and AOT caches and
 * checks their digests on every start; the p2 repository keeps the signed originals, which
 * Maven and Tycho verified.</li>
 * <li>The AOT cache cannot hold classes older than Java 6 (class file version 50), nor any
 * class that extends or implements one: picocli, log4j 1.2 and ANTLR 3 are compiled for Java
 * 1.4 and 5, so they, and the language's generated parser and lexer with them, were loaded,
 * parsed and verified from the jars on every start. Version 50 needs a stack map for each
 * method, which the JDK's class-file library works out from the code; nothing else changes.
 * A class whose stack map cannot be worked out (it names a class that is not on the class
 * path) is copied as it is.</li>
 * </ul>
 * The upgrade needs the class-file library of Java 24 or newer; on older JDKs, which have no
 * AOT cache, the class files are copied as they are.
 * Usage: java UnsignedClasspath.java FROM_FOLDER TO_FOLDER
 */
public class UnsignedClasspath {

	private static final int JAVA_6 = 50;

	public static void main(String[] args) throws IOException {
		Path from = Path.of(args[0]);
		Path to = Path.of(args[1]);
		Files.createDirectories(to);
		List<Path> jars;
		try (Stream<Path> list = Files.list(from)) {
			jars = list.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
		}
		Upgrader upgrader = Runtime.version().feature() >= 24 ? new Upgrader(jars) : null;
		for (Path jar : jars) {
			copy(jar, to.resolve(jar.getFileName()), upgrader);
		}
		if (upgrader != null) {
			System.out.println("UnsignedClasspath: " + upgrader.upgraded + " class files brought up to Java 6, "
					+ upgrader.keptAsTheyWere.size() + " kept as they were " + upgrader.keptAsTheyWere);
		}
	}

	private static void copy(Path source, Path target, Upgrader upgrader) throws IOException {
		try (InputStream file = Files.newInputStream(source); ZipInputStream in = new ZipInputStream(file);
				OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (isSignature(entry.getName())) {
					continue;
				}
				byte[] bytes = in.readAllBytes();
				if (upgrader != null && entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
					bytes = upgrader.upgrade(entry.getName(), bytes);
				}
				ZipEntry copied = new ZipEntry(entry.getName());
				copied.setTime(entry.getTime()); // the original's time, not now: the same jars give the same copies
				zip.putNextEntry(copied);
				zip.write(bytes);
				zip.closeEntry();
			}
		}
	}

	private static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}

	/** Rewrites class files older than Java 6 as Java 6 class files with stack maps. */
	private static final class Upgrader {

		private final ClassFile classFiles;
		private int upgraded;
		private final List<String> keptAsTheyWere = new ArrayList<>();

		Upgrader(List<Path> classPath) throws IOException {
			URL[] urls = new URL[classPath.size()];
			for (int i = 0; i < urls.length; i++) {
				urls[i] = classPath.get(i).toUri().toURL();
			}
			// the stack maps merge types, so they need every class's superclass: the JDK's and the class path's
			ClassHierarchyResolver resolver = ClassHierarchyResolver.defaultResolver()
					.orElse(ClassHierarchyResolver.ofResourceParsing(new URLClassLoader(urls, null)).cached());
			classFiles = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS, ClassFile.ClassHierarchyResolverOption.of(resolver));
		}

		byte[] upgrade(String name, byte[] bytes) {
			ClassModel model = classFiles.parse(bytes);
			if (model.majorVersion() >= JAVA_6) {
				return bytes;
			}
			try {
				byte[] upgradedBytes = classFiles.build(model.thisClass().asSymbol(), builder -> {
					builder.withVersion(JAVA_6, 0);
					model.forEach(element -> {
						if (element instanceof MethodModel method) {
							// rebuilding the code is what makes the library write its stack map
							builder.transformMethod(method, MethodTransform.transformingCode(CodeTransform.ACCEPT_ALL));
						} else if (!(element instanceof ClassFileVersion)) {
							builder.with(element);
						}
					});
				});
				upgraded++;
				return upgradedBytes;
			} catch (IllegalArgumentException | IllegalStateException e) {
				keptAsTheyWere.add(name);
				return bytes;
			}
		}
	}
}
