"""The pure parts of the Go and C coverage probes: profile and gcov JSON lines, Ochiai."""

from __future__ import annotations

import json
import math

from temper.faults import c as c_probe
from temper.faults import golang as go_probe
from temper.faults.spectrum import ochiai

GRADE = ["package grade", "", "func Grade(score int) string {", "\tif score >= 90 {",
         "\t\treturn \"A\"", "\t}", "\treturn \"B\"", "}"]


def test_a_go_profile_marks_the_code_lines_of_blocks_that_ran():
    profile = ("mode: set\n"
               "example.com/grade/grade.go:3.30,4.17 1 1\n"
               "example.com/grade/grade.go:4.17,6.3 1 0\n"
               "example.com/grade/grade.go:7.2,7.12 1 1\n"
               "example.com/other/x.go:1.1,2.2 1 1\n")
    ran = go_probe._lines(profile, "example.com/grade/", {"grade.go": GRADE})
    assert ran == {("grade.go", 3), ("grade.go", 4), ("grade.go", 7)}


def test_a_subtest_is_run_alone_with_each_level_anchored():
    assert go_probe.run_pattern("TestSplit/two words") == "^TestSplit$/^two\\ words$"


def test_gcov_json_lines_give_the_learner_lines_counted():
    data = {"files": [{"file": "grade.c", "lines": [
        {"line_number": 3, "count": 1}, {"line_number": 5, "count": 0},
        {"line_number": 7, "count": 2}, {"line_number": 8, "count": 1}]},
        {"file": "test_grade.c", "lines": [{"line_number": 1, "count": 1}]}]}
    ran = c_probe._lines(json.dumps(data) + "\nnot json\n", {"grade.c": GRADE}, "/run")
    assert ran == {("grade.c", 3), ("grade.c", 7)}  # line 8 is a closing brace


def test_the_harness_lines_give_each_tests_outcome_and_drop_timeouts():
    stdout = ('{"name":"a","status":"pass"}\nstray\n{"name":"b","status":"fail"}\n'
              '{"name":"c","status":"error","timeout":true}\n{"name":"z","status":"pass"}\n')
    assert c_probe._outcomes(stdout, {"a", "b", "c"}) == {"a": True, "b": False}


def test_ochiai_scores_lines_only_failing_tests_ran_highest():
    covered = {"pass1": {("f", 1), ("f", 2)}, "pass2": {("f", 1), ("f", 2)},
               "fail": {("f", 1), ("f", 3)}}
    scores = ochiai(covered, {"pass1": True, "pass2": True, "fail": False},
                    {"f": ["x = 1", "if y:", "return z"]})
    assert scores[("f", 3)] == 1.0 + 0.001  # a return: ties go to lines that decide
    assert math.isclose(scores[("f", 1)], 1 / math.sqrt(3), abs_tol=1e-6)
    assert ("f", 2) not in scores
    assert ochiai(covered, {"pass1": True, "pass2": True, "fail": True}) == {}
