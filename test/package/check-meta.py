#!/usr/bin/env python3
"""META.json (PGXN meta spec 1.0.0) against the control file, the Makefile
and the Debian packaging: one line per check, "meta: N passed, N failed"."""
import json
import os
import re
import sys

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("meta: FAILED: " + what)


def semver(v):
    """PGXN versions are semantic versions: 1.1 is 1.1.0."""
    parts = v.split(".")
    return ".".join(parts + ["0"] * (3 - len(parts)))


make = open("Makefile").read()
ext = re.search(r"^EXTENSION\s*=\s*(\S+)", make, re.M).group(1)
extversion = re.search(r"^EXTVERSION\s*=\s*(\S+)", make, re.M).group(1)
control_text = open(ext + ".control").read()
control = dict(re.findall(r"^(\w+)\s*=\s*'?(.*?)'?\s*$", control_text, re.M))
meta = json.load(open("META.json"))

check(meta.get("meta-spec", {}).get("version") == "1.0.0", "meta-spec version is 1.0.0")
for key in ("name", "abstract", "version", "maintainer", "license", "provides", "prereqs", "resources"):
    check(key in meta, "META.json has " + key)
check(meta.get("name") == ext, "name %r = the Makefile's EXTENSION %r" % (meta.get("name"), ext))
check(control.get("default_version") == extversion,
      "control default_version %r = the Makefile's EXTVERSION %r" % (control.get("default_version"), extversion))
check(meta.get("version") == semver(extversion),
      "version %r = EXTVERSION %r as a semantic version" % (meta.get("version"), extversion))
provided = meta.get("provides", {}).get(ext, {})
check(provided != {}, "provides names the extension " + ext)
check(provided.get("version") == semver(control.get("default_version", "")),
      "provides' version %r = the control file's default_version" % provided.get("version"))
check(provided.get("abstract") == control.get("comment"),
      "provides' abstract = the control file's comment")
for key in ("file", "docfile"):
    check(key in provided and os.path.isfile(provided[key]),
          "provides' %s %r exists in the distribution" % (key, provided.get(key)))
check(set(meta.get("provides", {})) == {ext}, "provides lists exactly " + ext)
pg_min = meta.get("prereqs", {}).get("runtime", {}).get("requires", {}).get("PostgreSQL")
pgversions = open("debian/pgversions").read().split()
check(pg_min is not None and pg_min == "%s.0.0" % pgversions[0].rstrip("+"),
      "runtime PostgreSQL %r = the oldest version of debian/pgversions (%s)" % (pg_min, pgversions[0]))
changelog = open("debian/changelog").readline()
deb_version = re.search(r"\((\S+)\)", changelog).group(1)
check(deb_version.rsplit("-", 1)[0] == extversion,
      "debian/changelog's upstream version %r = EXTVERSION" % deb_version)
check(meta.get("license") == "postgresql" and open("LICENSE").readline().strip() == "PostgreSQL License",
      "license postgresql, as LICENSE says")
print("meta: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
