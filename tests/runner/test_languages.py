"""Every catalog language through the real toolchains, on each available backend: results in the
order of the test file, failures on the learner's lines, compiler errors at file, line, column."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from temper.core.results import Location, Status
from temper.runner import java, run_tests
from temper.runner.job import Completed, Place
from temper.runner.node import MissingNode, typescript_node


def need(tool: str) -> None:
    found = shutil.which(tool) or (tool == "cargo" and (Path.home() / ".cargo/bin/cargo").exists())
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{tool} is missing on CI")
        pytest.skip(f"{tool} is not installed")


def write(folder: Path, files: dict[str, str]) -> Path:
    for relpath, text in files.items():
        (folder / relpath).parent.mkdir(parents=True, exist_ok=True)
        (folder / relpath).write_text(text)
    return folder


JS = {
    "add.js": "function add(a, b) {\n  return a - b;\n}\nfunction first(xs) {\n"
              "  return xs.at(0).name;\n}\nmodule.exports = { add, first };\n",
    "add.test.js": 'const test = require("node:test");\nconst assert = require("node:assert/strict");\n'
                   'const { add, first } = require("./add");\n\n'
                   'test("adds small numbers", () => {\n  console.log("checking add");\n'
                   '  assert.equal(add(2, 3), 5);\n});\n'
                   'test("reads the first name", () => {\n  assert.equal(first([]), "x");\n});\n'
                   'test("adds zero", () => {\n  assert.equal(add(0, 0), 0);\n});\n',
}
TS = {
    "add.ts": "export function add(a: number, b: number): number {\n  return a - b;\n}\n",
    "add.test.ts": 'import { test } from "node:test";\nimport assert from "node:assert/strict";\n'
                   'import { add } from "./add.ts";\n\n'
                   'test("adds small numbers", () => {\n  assert.equal(add(2, 3), 5);\n});\n'
                   'test("adds zero", () => {\n  assert.equal(add(0, 0), 0);\n});\n',
}
GO = {
    "go.mod": "module rev\n\ngo 1.19\n",
    "rev.go": 'package rev\n\nfunc Reverse(s string) string {\n\treturn s\n}\n\n'
              "func At(xs []int, i int) int {\n\treturn xs[i]\n}\n",
    "rev_test.go": 'package rev\n\nimport "testing"\n\nfunc TestReverse(t *testing.T) {\n'
                   '\tcases := []struct{ in, want string }{{"ab", "ba"}, {"", ""}}\n'
                   "\tfor _, c := range cases {\n\t\tt.Run(c.in, func(t *testing.T) {\n"
                   "\t\t\tif got := Reverse(c.in); got != c.want {\n"
                   '\t\t\t\tt.Errorf("Reverse(%q) = %q, want %q", c.in, got, c.want)\n'
                   "\t\t\t}\n\t\t})\n\t}\n}\n\n"
                   "func TestAt(t *testing.T) {\n\tif At([]int{1}, 3) != 1 {\n"
                   '\t\tt.Error("wrong")\n\t}\n}\n',
}
RUST = {
    "Cargo.toml": '[package]\nname = "adder"\nversion = "0.1.0"\nedition = "2021"\n',
    "src/lib.rs": "pub fn add(a: i32, b: i32) -> i32 {\n    a - b\n}\n\n"
                  "pub fn at(v: &[i32], i: usize) -> i32 {\n    v[i]\n}\n",
    "tests/adder.rs": "use adder::*;\n\n#[test]\nfn zebra_adds_small() {\n"
                      '    assert_eq!(add(2, 3), 5, "add(2, 3)");\n}\n\n'
                      "#[test]\nfn indexes() {\n    assert_eq!(at(&[1], 3), 1);\n}\n\n"
                      "#[test]\nfn adds_zero() {\n    assert_eq!(add(0, 0), 0);\n}\n",
}
C = {
    "add.h": "#ifndef ADD_H\n#define ADD_H\nint add(int a, int b);\nint crash(void);\n#endif\n",
    "add.c": '#include "add.h"\n\nint add(int a, int b) {\n    return a - b;\n}\n\n'
             "int crash(void) {\n    int *p = 0;\n    return *p;\n}\n",
    "test_add.c": '#include "temper_test.h"\n#include "add.h"\n\n'
                  "TEST(adds_small_numbers) { CHECK_EQ_INT(add(2, 3), 5); }\n"
                  "TEST(crashes) { CHECK(crash() == 0); }\n"
                  "TEST(adds_zero) { CHECK_EQ_INT(add(0, 0), 0); }\n"
                  "int main(void) { RUN(adds_small_numbers); RUN(crashes); RUN(adds_zero); "
                  "return temper_done(); }\n",
}

JAVA = {
    "Adder.java": "public class Adder {\n    public static int add(int a, int b) {\n"
                  "        return a - b;\n    }\n\n    static int at(int[] xs, int i) {\n"
                  "        return xs[i];\n    }\n}\n",
    "AdderTest.java": "import org.junit.jupiter.api.Test;\n"
                      "import static org.junit.jupiter.api.Assertions.*;\n\n"
                      "class AdderTest {\n    @Test\n    void zebraAddsSmall() {\n"
                      '        System.out.println("checking add");\n'
                      "        assertEquals(5, Adder.add(2, 3));\n    }\n\n"
                      "    @Test\n    void indexes() {\n"
                      "        assertEquals(1, Adder.at(new int[] {1}, 3));\n    }\n\n"
                      "    @Test\n    void addsZero() {\n        assertEquals(0, Adder.add(0, 0));\n"
                      "    }\n}\n",
}


def statuses(result) -> list[tuple[str, str]]:
    return [(t.name, t.status.value) for t in result.tests]


def at(location: Location | None) -> tuple | None:
    return (location.path, location.line) if location else None


async def test_javascript(tmp_path: Path, backend: str):
    need("node")
    result = await run_tests(write(tmp_path, JS), "javascript", None, 60, backend=backend)
    assert statuses(result) == [("adds small numbers", "fail"),
                                ("reads the first name", "fail"), ("adds zero", "pass")]
    added, named, _ = result.tests
    assert "-1 !== 5" in added.message and "checking add" in added.output
    assert at(added.test_location) == ("add.test.js", 7)
    assert at(added.learner_location) == ("add.js", 1)  # the function under test
    assert named.error_type == "TypeError" and at(named.learner_location) == ("add.js", 5)
    assert added.test_code.startswith('test("adds small numbers"')


async def test_javascript_syntax_error_is_placed_every_time(tmp_path: Path, backend: str):
    """Node 20 with --test-force-exit lost a reporter destination's last lines in about one run
    of five (the file's failure, so "no tests ran"); the reporter now writes synchronously.
    Eight runs miss a one-in-five loss with a chance of about 17 %, so a return shows soon."""
    need("node")
    files = {**JS, "add.js": "function add(a, b) {\n  return a -;\n}\nmodule.exports = { add };\n"}
    for attempt in range(8):
        result = await run_tests(write(tmp_path / str(attempt), files), "javascript", None, 60,
                                 backend=backend)
        assert result.status is Status.ERROR and result.error_type == "SyntaxError", result
        assert at(result.error_location) == ("add.js", 2)


async def test_typescript_with_type_stripping(tmp_path: Path, backend: str):
    try:
        typescript_node()
    except MissingNode:
        need("node-24")
    result = await run_tests(write(tmp_path, TS), "typescript", None, 60, backend=backend)
    assert statuses(result) == [("adds small numbers", "fail"), ("adds zero", "pass")]
    assert at(result.tests[0].learner_location) == ("add.ts", 1)


async def test_typescript_without_a_new_node_names_what_to_install(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("TEMPER_TEST_TOOLS", str(tmp_path / "none"))
    monkeypatch.setenv("TEMPER_TYPESCRIPT_NODE", "/nonexistent/node")
    monkeypatch.setenv("PATH", "/usr/bin:/bin")  # Debian's node 20, too old for .ts
    result = await run_tests(write(tmp_path / "ex", TS) if (tmp_path / "ex").mkdir() is None
                             else None, "typescript", None, 60, backend="local")
    assert result.status is Status.ERROR and result.error_type == "ToolchainMissing"
    assert "22.6" in result.message and "install-runtimes" in result.message


async def test_go(tmp_path: Path, backend: str):
    need("go")
    result = await run_tests(write(tmp_path, GO), "go", None, 120, backend=backend)
    assert statuses(result) == [("TestReverse/ab", "fail"), ("TestReverse/#00", "pass"),
                                ("TestAt", "fail")]
    reverse, _, index = result.tests
    assert reverse.message == 'Reverse("ab") = "ab", want "ba"'
    assert at(reverse.test_location) == ("rev_test.go", 10)
    assert at(reverse.learner_location) == ("rev.go", 3)
    assert index.error_type == "panic" and at(index.learner_location) == ("rev.go", 8)


async def test_go_compiler_error_is_placed(tmp_path: Path, backend: str):
    need("go")
    files = {**GO, "rev.go": "package rev\n\nfunc Reverse(s string) string {\n\treturn t\n}\n"}
    result = await run_tests(write(tmp_path, files), "go", None, 120, backend=backend)
    assert result.status is Status.ERROR and result.error_type == "CompileError"
    assert result.error_location == Location("rev.go", 4, 9) and "undefined: t" in result.message


async def test_rust(tmp_path: Path, backend: str):
    need("cargo")
    result = await run_tests(write(tmp_path, RUST), "rust", None, 180, backend=backend)
    # the order of the test file, not libtest's alphabetical one
    assert statuses(result) == [("zebra_adds_small", "fail"), ("indexes", "fail"),
                                ("adds_zero", "pass")]
    added, index, _ = result.tests
    assert "left: -1" in added.message and at(added.test_location) == ("tests/adder.rs", 5)
    assert at(added.learner_location) == ("src/lib.rs", 1)
    assert index.learner_location == Location("src/lib.rs", 6, 5)


async def test_rust_compiler_error_is_placed(tmp_path: Path, backend: str):
    need("cargo")
    files = {**RUST, "src/lib.rs": "pub fn add(a: i32, b: i32) -> i32 {\n    a + c\n}\n"
                                   "pub fn at(v: &[i32], i: usize) -> i32 { v[i] }\n"}
    result = await run_tests(write(tmp_path, files), "rust", None, 180, backend=backend)
    assert result.status is Status.ERROR and result.error_type == "CompileError"
    assert result.error_location == Location("src/lib.rs", 2, 9)
    assert "cannot find value `c`" in result.message


async def test_c(tmp_path: Path, backend: str):
    need("gcc")
    result = await run_tests(write(tmp_path, C), "c", None, 60, backend=backend)
    assert statuses(result) == [("adds_small_numbers", "fail"), ("crashes", "error"),
                                ("adds_zero", "pass")]
    added, crashed, _ = result.tests
    assert added.message == "add(2, 3) == 5: got -1, expected 5"
    assert at(added.test_location) == ("test_add.c", 4)
    assert at(added.learner_location) == ("add.c", 3)
    assert "SIGSEGV" in crashed.message and at(crashed.learner_location) == ("add.c", 7)


async def test_c_compiler_error_is_placed(tmp_path: Path, backend: str):
    need("gcc")
    files = {**C, "add.c": '#include "add.h"\nint add(int a, int b) {\n    return a + c;\n}\n'
                           "int crash(void) { return 0; }\n"}
    result = await run_tests(write(tmp_path, files), "c", None, 60, backend=backend)
    assert result.status is Status.ERROR and result.error_type == "CompileError"
    assert result.error_location == Location("add.c", 3, 16) and "c" in result.message


async def test_rust_never_reuses_a_stale_build(tmp_path: Path, backend: str):
    """Unsaved text (newer) then the saved file (older mtime): the result follows the content."""
    need("cargo")
    folder = write(tmp_path, RUST)
    fixed = "pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n\n" \
            "pub fn at(v: &[i32], i: usize) -> i32 {\n    v[i]\n}\n"
    unsaved = await run_tests(folder, "rust", None, 180, overlays={"src/lib.rs": fixed},
                              backend=backend)
    saved = await run_tests(folder, "rust", None, 180, backend=backend)
    assert statuses(unsaved)[0] == ("zebra_adds_small", "pass")
    assert statuses(saved)[0] == ("zebra_adds_small", "fail")


def need_java() -> None:
    need("javac")
    if java.junit_jar() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("JUnit 5's console launcher is missing on CI")
        pytest.skip("JUnit 5's console launcher is not installed (Debian: junit5)")


async def test_java(tmp_path: Path, backend: str):
    need_java()
    result = await run_tests(write(tmp_path, JAVA), "java", None, 60, backend=backend)
    # the order of the test file, not JUnit's (which runs indexes first)
    assert statuses(result) == [("zebraAddsSmall", "fail"), ("indexes", "fail"),
                                ("addsZero", "pass")]
    added, index, _ = result.tests
    assert added.message == "expected: <5> but was: <-1>" and added.output == "checking add\n"
    assert at(added.test_location) == ("AdderTest.java", 8)
    assert at(added.learner_location) == ("Adder.java", 2)  # the method under test
    assert added.test_code.startswith("    @Test\n    void zebraAddsSmall()")
    assert index.error_type == "ArrayIndexOutOfBoundsException"
    assert index.message == ("ArrayIndexOutOfBoundsException: Index 3 out of bounds for "
                             "length 1")
    assert at(index.learner_location) == ("Adder.java", 7)  # where it was thrown
    assert at(index.test_location) == ("AdderTest.java", 13)


async def test_java_compiler_error_is_placed(tmp_path: Path, backend: str):
    need_java()
    files = {**JAVA, "Adder.java": "public class Adder {\n    public static int add(int a, int b) {\n"
                                   "        return a + c;\n    }\n"
                                   "    static int at(int[] xs, int i) { return xs[i]; }\n}\n"}
    result = await run_tests(write(tmp_path, files), "java", None, 60, backend=backend)
    assert result.status is Status.ERROR and result.error_type == "CompileError"
    assert result.error_location == Location("Adder.java", 3, 20)
    assert "cannot find symbol" in result.message and "variable c" in result.message


async def test_java_system_exit_fails_the_test_that_called_it(tmp_path: Path, backend: str):
    need_java()
    files = {**JAVA, "Adder.java": JAVA["Adder.java"].replace(
        "return a - b;", "System.exit(3);\n        return a + b;")}
    files["AdderTest.java"] = files["AdderTest.java"].replace("void zebraAddsSmall", "void adds")
    result = await run_tests(write(tmp_path, files), "java", None, 60, backend=backend)
    assert result.status is Status.FAIL
    exited = next(t for t in result.tests if t.status is Status.ERROR)
    assert exited.error_type == "SystemExit" and "System.exit" in exited.message
    assert at(exited.learner_location) == ("Adder.java", 3)
    assert exited.test_location is not None and exited.test_location.path == "AdderTest.java"


ENDLESS = {**JAVA, "Adder.java": JAVA["Adder.java"].replace(
    "return a - b;", "while (a < b || a >= b) { a++; }\n        return a;")}


async def test_java_endless_loop_fails_its_test_at_the_loop(tmp_path: Path, backend: str):
    need_java()
    result = await run_tests(write(tmp_path, ENDLESS), "java", None, 60, backend=backend)
    # each test has its own time limit; the stuck ones fail where they were stuck
    assert statuses(result) == [("zebraAddsSmall", "fail"), ("indexes", "fail"),
                                ("addsZero", "fail")]
    stuck, index, _ = result.tests
    assert stuck.error_type == "Timeout" and "loop that never ends" in stuck.message
    assert at(stuck.learner_location) == ("Adder.java", 3)
    assert index.error_type == "ArrayIndexOutOfBoundsException"


async def test_java_endless_loop_hits_the_run_timeout(tmp_path: Path, backend: str):
    need_java()
    result = await run_tests(write(tmp_path, ENDLESS), "java", None, 5, backend=backend)
    assert result.status is Status.ERROR and result.timed_out
    assert result.error_type == "Timeout"
    if result.error_location is not None:  # where it was stuck, or the test that was running
        assert result.error_location.path in ("Adder.java", "AdderTest.java")


def test_java_stuck_run_is_placed_from_the_verbose_log(tmp_path: Path):
    """A run that timed out: the learner's frame of the test JUnit stopped, from its stack."""
    write(tmp_path / "work", ENDLESS)
    place = Place(tmp_path / "work", tmp_path / "work", tmp_path / "out")
    log = ("| +-- uniqueId: [engine:junit-jupiter]/[class:AdderTest]/[method:addsZero()]\n"
           "|     caught: java.util.concurrent.TimeoutException: addsZero() timed out\n"
           "|       at java.base/java.lang.Thread.sleep(Native Method)\n"
           "|       at Adder.add(Adder.java:3)\n"
           "|       at AdderTest.addsZero(AdderTest.java:7)\n"
           "|     status: [X] FAILED\n")
    stuck = java.hang_location(Completed(None, log, "", 5.0, True), place, ["AdderTest.java"],
                               ["Adder.java"])
    assert at(stuck) == ("Adder.java", 3)
    running = java.hang_location(Completed(None, log.split("|     caught")[0], "", 5.0, True),
                                 place, ["AdderTest.java"], ["Adder.java"])
    assert running is not None and running.path == "AdderTest.java"


def test_java_report_is_untrusted(tmp_path: Path):
    """A broken, hostile or missing report is an error result, never a crash."""
    write(tmp_path / "work", JAVA)
    place = Place(tmp_path / "work", tmp_path / "work", tmp_path / "out")
    (tmp_path / "out" / "report").mkdir(parents=True)
    done = [Completed(0, "", "", 1.0, False), Completed(1, "", "", 1.0, False)]
    report = tmp_path / "out" / "report" / "TEST-junit-jupiter.xml"
    for text in ("<testsuite><testcase name=", "not xml at all \x00",
                 '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>'):
        report.write_text(text)
        result = java.parse("java", place, done, ["AdderTest.java"], ["Adder.java"])
        assert result.status is Status.ERROR, text
    report.write_text('<testsuite><testcase name="ghost()" classname="AdderTest">'
                      '<failure type="x.Boom">no frames</failure></testcase></testsuite>')
    result = java.parse("java", place, done, ["AdderTest.java"], ["Adder.java"])
    assert statuses(result) == [("ghost", "fail")] and result.tests[0].message == "Boom"
    report.unlink()
    result = java.parse("java", place, done, ["AdderTest.java"], ["Adder.java"])
    assert result.status is Status.ERROR and "without a report" in result.message


async def test_java_ignores_a_broken_class_data_archive(tmp_path: Path, monkeypatch):
    """The cached AppCDS archives are only a speed-up: garbage there changes nothing."""
    need_java()
    monkeypatch.setenv("TEMPER_CACHE", str(tmp_path / "cache"))
    javac = str(Path(shutil.which("javac")).resolve())
    key = java._archive_key(javac, java.junit_jar())
    archives = tmp_path / "cache" / "runner" / "java-cds"
    archives.mkdir(parents=True)
    for name in (f"javac-{key}.jsa", f"junit-{key}.jsa"):
        (archives / name).write_bytes(b"\0garbage" * 1000)
    (tmp_path / "ex").mkdir()
    result = await run_tests(write(tmp_path / "ex", JAVA), "java", None, 60, backend="local")
    assert statuses(result) == [("zebraAddsSmall", "fail"), ("indexes", "fail"),
                                ("addsZero", "pass")]


async def test_java_error_in_a_static_initializer_names_its_cause(tmp_path: Path, backend: str):
    need_java()
    files = {**JAVA, "AdderTest.java": JAVA["AdderTest.java"].replace(
        "class AdderTest {\n", "class AdderTest {\n    static int[] NONE = { Adder.at(new int[0], 0) };\n")}
    result = await run_tests(write(tmp_path, files), "java", None, 60, backend=backend)
    # the first test JUnit ran gets the error; the others find the class broken
    assert {t.error_type for t in result.tests} == {"ExceptionInInitializerError",
                                                    "NoClassDefFoundError"}
    first = next(t for t in result.tests if t.error_type == "ExceptionInInitializerError")
    assert "caused by ArrayIndexOutOfBoundsException" in first.message
    assert all(at(t.learner_location) == ("Adder.java", 7) for t in result.tests)


def test_java_error_patterns_keep_only_the_shape():
    from temper.core.errors import pattern

    assert pattern("java", "CompileError", "Adder.java:3: cannot find symbol (symbol: variable "
                   "c; location: class Adder)") == "javac: cannot find symbol"
    assert pattern("java", "ArrayIndexOutOfBoundsException", "ArrayIndexOutOfBoundsException: "
                   "Index 3 out of bounds for length 1") == \
        "ArrayIndexOutOfBoundsException: index <n> out of bounds for length <n>"
    assert pattern("java", "AssertionFailedError", "expected: <5> but was: <-1>") == \
        "AssertionFailedError"
    assert pattern("java", "SystemExit", "the whole Java program ended") == "SystemExit"
