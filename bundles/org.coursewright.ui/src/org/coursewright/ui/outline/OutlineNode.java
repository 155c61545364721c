package org.coursewright.ui.outline;

import java.util.List;

/** One line of the outline: what it shows and where its element is in the file. */
public record OutlineNode(String label, int offset, int length, List<OutlineNode> children) {
}
