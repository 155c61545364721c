package org.coursewright.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/** The tests' workbench window: its page, its layout, and waiting while it works. */
final class TestWorkbench {

	private static final long PATIENCE_MILLIS = 30_000;

	private TestWorkbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** The Course Authoring perspective in a window of a laptop's size, as the screenshots show it. */
	static IWorkbenchPage courseAuthoring() throws WorkbenchException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective("org.coursewright.ui.courseAuthoring", window);
		window.getShell().setBounds(0, 0, 1280, 900);
		return page();
	}

	/** Lets the workbench, the reconcilers, the build and the browser run until the condition holds. */
	static void waitFor(BooleanSupplier condition, String what) {
		if (!waitUntil(condition)) {
			throw new AssertionError("timed out waiting for " + what);
		}
	}

	/** As {@link #waitFor}, for a test that explains a timeout itself: false if the condition never held. */
	static boolean waitUntil(BooleanSupplier condition) {
		return waitUntil(condition, PATIENCE_MILLIS);
	}

	/** As {@link #waitUntil(BooleanSupplier)}, with the given patience; a condition that never holds makes a pause that keeps the workbench running. */
	static boolean waitUntil(BooleanSupplier condition, long patienceMillis) {
		long end = System.currentTimeMillis() + patienceMillis;
		while (System.currentTimeMillis() < end) {
			dispatch();
			if (condition.getAsBoolean()) {
				return true;
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	/** Handles every event waiting on the display thread. */
	static void dispatch() {
		while (Display.getCurrent().readAndDispatch()) {
			// nothing else to do
		}
	}
}
