package org.coursewright.packs;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.publish.html.Site;
import org.coursewright.publish.site.SiteFiles;

/** What every format packs: the module, set up for publishing, and its site's files. */
public record PackSource(CourseModule module, Site site, SiteFiles files) {
}
