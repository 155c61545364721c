// The error in Maven's own format, with the file's whole path; the build failed at validate.
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/course/broken/m.course').canonicalPath
assert log.contains("[ERROR] ${file}:6:") : log
assert log =~ /\[ERROR\] .*m\.course:6:\d+: \[unknown-citation\] /
assert log.contains('[ERROR] Failed to execute goal org.coursewright:coursewright-maven-plugin:')
assert log.contains(':validate (default) on project module-with-errors: Coursewright: 1 error in the modules of')
assert !new File(basedir, 'target/coursewright/site').exists() : 'nothing published'
return true
