package org.coursewright.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** Saves what the workbench window shows, for the documentation (target/screenshots of this bundle). */
final class Screenshots {

	private Screenshots() {
	}

	/** A dialog as it shows on screen. */
	static void ofShell(Shell shell, String name) throws Exception {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// paint everything first
		}
		save(display, shell.getBounds(), name);
	}

	static void ofWorkbench(String name) throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// paint everything first
		}
		// From the menu bar down to the end of the client area: without a window manager the
		// shell's bounds reach a strip further, which nothing paints.
		Rectangle bounds = shell.getBounds();
		Rectangle area = shell.getClientArea();
		int bottom = shell.toDisplay(area.x, area.y + area.height).y;
		save(display, new Rectangle(bounds.x, bounds.y, bounds.width, Math.min(bounds.height, bottom - bounds.y)), name);
	}

	private static void save(Display display, Rectangle bounds, String name) throws Exception {
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		Path folder = Path.of(System.getProperty("coursewright.root"), "bundles", "org.coursewright.ui.tests", "target", "screenshots");
		Files.createDirectories(folder);
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
