package org.coursewright.packs.scorm;

import java.util.List;

import org.coursewright.dsl.course.Module;

/** What differs between the SCORM versions a package is made for. */
public enum ScormVersion {

	/** SCORM 1.2: cmi.suspend_data is a CMIString4096. */
	SCORM_12("scorm12", "SCORM 1.2", "1.2", 4096),
	/** SCORM 2004 4th Edition: cmi.suspend_data holds up to 64,000 characters (RTE 4.2.23). */
	SCORM_2004("scorm2004", "SCORM 2004 4th Edition", "2004", 64000);

	private final String id;
	private final String label;
	private final String runtimeName;
	private final int suspendDataLimit;

	ScormVersion(String id, String label, String runtimeName, int suspendDataLimit) {
		this.id = id;
		this.label = label;
		this.runtimeName = runtimeName;
		this.suspendDataLimit = suspendDataLimit;
	}

	/** The format's name on the command line and in file names: "scorm12". */
	public String id() {
		return id;
	}

	String label() {
		return label;
	}

	/** The version as the page's runtime script is told it: "1.2" or "2004". */
	String runtimeName() {
		return runtimeName;
	}

	/** The package's imsmanifest.xml in this version's namespaces and metadata. */
	byte[] manifest(String moduleCode, Module header, List<Outline> outline, List<String> sharedFiles) {
		return this == SCORM_12 ? Scorm12Manifest.of(moduleCode, header, outline, sharedFiles)
				: Scorm2004Manifest.of(moduleCode, header, outline, sharedFiles);
	}

	/** How many characters of learners' responses the LMS keeps for one SCO. */
	public int suspendDataLimit() {
		return suspendDataLimit;
	}
}
