package org.coursewright.packs;

import org.coursewright.publish.PublishException;

/**
 * One kind of course pack an LMS imports, made from a module as its site shows it. Each
 * format says what it could not carry as it is (see {@link Degradation}).
 */
public interface PackFormat {

	/** The name given on the command line: "cc", "site", … */
	String id();

	/** What the format is, for people choosing one: "IMS Common Cartridge 1.1". */
	String label();

	/** The pack's file name for a module: "EDL710-cc11.imscc". */
	String fileName(String moduleCode);

	Pack make(PackSource source) throws PublishException;
}
