package org.coursewright.ui;

import org.coursewright.ui.element.ElementView;
import org.coursewright.ui.problems.CourseProblemsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Files on the left, the editor in the middle, its preview and outline on the right, problems below them all. */
public class CourseAuthoringPerspective implements IPerspectiveFactory {

	public static final String ID = "org.coursewright.ui.courseAuthoring";
	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		// the whole width of the window, so that the checker's sentences are read in one line
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(CourseProblemsView.ID);
		layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editors);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.55f, editors);
		right.addView("org.coursewright.ui.preview");
		right.addView(IPageLayout.ID_OUTLINE);
		right.addView(ElementView.ID);
		bottom.addView("org.coursewright.ui.studyTime");
		bottom.addView("org.coursewright.ui.outcomeCoverage");
		layout.addNewWizardShortcut("org.coursewright.ui.newCourseProject");
		layout.addNewWizardShortcut("org.coursewright.ui.newUnitFile");
		layout.addShowViewShortcut("org.coursewright.ui.preview");
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(CourseProblemsView.ID);
		layout.addShowViewShortcut(ElementView.ID);
	}
}
