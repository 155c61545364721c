package org.coursewright.packs.site;

import java.util.List;

import org.coursewright.packs.Pack;
import org.coursewright.packs.PackFormat;
import org.coursewright.packs.PackSource;
import org.coursewright.packs.PackZip;

/** The course website as one zip, for an LMS's "upload a folder" or any web server. */
public final class SiteZip implements PackFormat {

	@Override
	public String id() {
		return "site";
	}

	@Override
	public String label() {
		return "Course site as a zip";
	}

	@Override
	public String fileName(String moduleCode) {
		return moduleCode + "-site.zip";
	}

	@Override
	public Pack make(PackSource source) {
		return new Pack(new PackZip().addAll(source.files().all()).bytes(), List.of());
	}
}
