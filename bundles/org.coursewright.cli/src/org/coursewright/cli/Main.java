package org.coursewright.cli;

/** Entry point of {@code ./coursewright}. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(CoursewrightCommand.run(args, System.out, System.err));
	}
}
