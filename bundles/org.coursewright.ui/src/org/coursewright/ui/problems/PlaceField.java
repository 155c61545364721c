package org.coursewright.ui.problems;

import java.util.Comparator;

import org.coursewright.ui.builder.CourseBuilder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;

/**
 * Where a problem is, as a designer says it: "02-practices.course, line 52, column 29". One column
 * instead of the Platform's Resource, Path and Location, so the description keeps the width (the
 * view fits the column to its widest text); sorted by file, then line and column as numbers
 * (line 9 before line 10).
 */
public class PlaceField extends MarkerField {

	private static final Comparator<MarkerItem> ORDER = Comparator.comparing(PlaceField::fileName)
			.thenComparingInt(item -> item.getAttributeValue(IMarker.LINE_NUMBER, 0))
			.thenComparingInt(item -> item.getAttributeValue(CourseBuilder.COLUMN, 0));

	@Override
	public String getValue(MarkerItem item) {
		String file = fileName(item);
		String location = item.getAttributeValue(IMarker.LOCATION, "");
		if (file.isEmpty() || location.isEmpty()) {
			return file.isEmpty() ? location : file;
		}
		return file + ", " + location;
	}

	@Override
	public int compare(MarkerItem first, MarkerItem second) {
		return ORDER.compare(first, second);
	}

	private static String fileName(MarkerItem item) {
		IMarker marker = item.getMarker();
		return marker == null ? "" : marker.getResource().getName();
	}
}
