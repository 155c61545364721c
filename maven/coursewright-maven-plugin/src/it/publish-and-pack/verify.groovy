// The site, the packs in target/, and the packs installed with their classifiers.
def site = new File(basedir, 'target/coursewright/site/index.html')
assert site.isFile() : 'no published site'
assert new File(basedir, 'target/coursewright/site/references.html').text.contains('Leithwood') : 'references not written'
def packs = new File(basedir, 'target/coursewright/packs')
assert new File(packs, 'EDL710-cc11.imscc').isFile()
assert new File(packs, 'EDL710-scorm2004.zip').isFile()
assert !new File(packs, 'EDL710-scorm12.zip').exists() : 'only the formats asked for'
def installed = new File(localRepositoryPath, 'org/coursewright/it/leadership-for-learning/1.0')
assert new File(installed, 'leadership-for-learning-1.0-cc.imscc').bytes == new File(packs, 'EDL710-cc11.imscc').bytes
assert new File(installed, 'leadership-for-learning-1.0-scorm2004.zip').isFile()
def junit = new File(basedir, 'target/coursewright/junit.xml').text
assert junit.contains('<testsuites') && junit.contains('EDL710')
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Attached target/coursewright/packs/EDL710-cc11.imscc (imscc, classifier cc)')
assert !log.contains('[ERROR]')
return true
