# Sourced by ./mvnw, ./coursewright and the distribution's bin/coursewright: prints the home of a
# JDK 21 or newer ($JAVA_HOME, the java on the PATH, or one in /usr/lib/jvm).
# Tycho 5 and the Eclipse 4.39 bundles need Java 21; machines here default to Java 17.
java_major() { # the feature version of the JDK at $1
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

find_jdk() {
  local candidate major on_path=""
  command -v java >/dev/null && on_path=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  for candidate in "${JAVA_HOME:-}" "$on_path" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -f "$candidate/release" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  return 1
}
