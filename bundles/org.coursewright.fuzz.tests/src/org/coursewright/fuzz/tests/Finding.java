package org.coursewright.fuzz.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A failure the fuzzer found. Two inputs failing with the same signature are taken to be the
 * same bug: the kind, the exception's class and the first frame of Coursewright's own code.
 */
record Finding(String kind, String signature, String detail) {

	static final String EXCEPTION = "uncaught exception";
	static final String INTERNAL_ERROR = "internal error";
	static final String LOGGED = "logged error";
	static final String PLACE = "diagnostic outside the file";
	static final String SLOW = "slow";

	static Finding of(String kind, Throwable thrown) {
		StringWriter trace = new StringWriter();
		thrown.printStackTrace(new PrintWriter(trace));
		return new Finding(kind, kind + ": " + thrown.getClass().getName() + " at " + ownFrame(thrown), trace.toString());
	}

	/** The first frame in Coursewright's code (else the top frame): where the bug most likely is. */
	private static String ownFrame(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			for (StackTraceElement frame : cause.getStackTrace()) {
				if (frame.getClassName().startsWith("org.coursewright.")) {
					return frame.getClassName() + "." + frame.getMethodName();
				}
			}
		}
		StackTraceElement[] frames = thrown.getStackTrace();
		return frames.length == 0 ? "?" : frames[0].getClassName() + "." + frames[0].getMethodName();
	}

	/** A name for the reproducer's folder. */
	String slug() {
		String slug = signature.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-|-$", "");
		return slug.length() > 100 ? slug.substring(0, 100) : slug;
	}
}
