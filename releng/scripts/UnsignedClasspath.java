import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies the command line's jars without their signature files. The JVM leaves classes of
 * signed jars out of its class data sharing and AOT caches and checks their digests on every
 * start; the p2 repository keeps the signed originals, which Maven and Tycho verified.
 * Usage: java UnsignedClasspath.java FROM_FOLDER TO_FOLDER
 */
public class UnsignedClasspath {

	public static void main(String[] args) throws IOException {
		Path from = Path.of(args[0]);
		Path to = Path.of(args[1]);
		Files.createDirectories(to);
		try (Stream<Path> jars = Files.list(from)) {
			for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
				copyWithoutSignatures(jar, to.resolve(jar.getFileName()));
			}
		}
	}

	private static void copyWithoutSignatures(Path source, Path target) throws IOException {
		try (InputStream file = Files.newInputStream(source); ZipInputStream in = new ZipInputStream(file);
				OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (isSignature(entry.getName())) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(zip);
				zip.closeEntry();
			}
		}
	}

	private static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}
}
