"""Tree-sitter risk detectors for JavaScript, TypeScript, Go, Rust and C."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from temper.core.levels import Level
from temper.core.risks import Category, Rule, Severity, explanation
from temper.risks.treesitter import LANGUAGES, MAX_BYTES, RULES, detect

CORPUS = Path(__file__).resolve().parents[1] / "risk_corpus"
EXTENSIONS = {"javascript": ".js", "typescript": ".ts", "go": ".go", "rust": ".rs", "c": ".c",
              "java": ".java"}


def codes(language: str, source: str, path: str = "") -> list[str]:
    return [d.code for d in detect(language, textwrap.dedent(source), path)]


# --- one positive and one close negative per code ----------------------------------------------

POSITIVES = [
    ("javascript", "js-eval", "const r = eval(userInput);"),
    ("javascript", "js-eval", "window.eval(code);"),
    ("javascript", "js-eval", 'setTimeout("tick()", 100);'),
    ("javascript", "js-eval", "const run = eval;"),
    ("javascript", "js-new-function", 'const f = new Function("x", body);'),
    ("javascript", "js-new-function", 'const f = Function("return 1");'),
    ("javascript", "js-inner-html", "el.innerHTML = '<b>' + name + '</b>';"),
    ("javascript", "js-inner-html", "el.outerHTML += html;"),
    ("javascript", "js-inner-html", "el.innerHTML = `<li>${item}</li>`;"),
    ("javascript", "js-inner-html", 'el.insertAdjacentHTML("beforeend", row);'),
    (
        "javascript",
        "js-inner-html",
        "const A = () => <div dangerouslySetInnerHTML={{ __html: x }} />;",
    ),
    ("javascript", "js-document-write", "document.write('<p>' + msg + '</p>');"),
    ("javascript", "js-document-write", "document.writeln(msg);"),
    ("javascript", "js-loose-equality", "if (a == b) {}"),
    ("javascript", "js-loose-equality", "if (input != 0) {}"),
    ("javascript", "js-loose-equality", "if (x == undefined) {}"),
    ("javascript", "js-var", "var count = 0;"),
    ("javascript", "js-var", "for (var i = 0; i < 3; i++) {}"),
    ("typescript", "ts-any", "function f(data: any): void {}"),
    ("typescript", "ts-any", "const x = y as any;"),
    ("typescript", "ts-any", "let m: Record<string, any> = {};"),
    ("typescript", "ts-non-null", "const v = map.get(key)!;"),
    ("typescript", "ts-non-null", "input!.value;"),
    ("typescript", "js-eval", "eval(code);"),
    ("typescript", "js-var", "var x: number = 1;"),
    ("go", "go-ignored-error", "package lib\nfunc f() { n, _ := strconv.Atoi(s); use(n) }"),
    ("go", "go-ignored-error", "package lib\nfunc f() { _ = file.Close() }"),
    ("go", "go-ignored-error", "package lib\nfunc f() { x, y, _ := three() ; use(x, y) }"),
    ("go", "go-ignored-error", "package lib\nfunc f() { os.Remove(path) }"),
    (
        "go",
        "go-ignored-error",
        "package lib\nfunc save() error { return nil }\nfunc f() { save() }",
    ),
    ("go", "go-panic", 'package lib\nfunc F(x int) int { if x < 0 { panic("neg") }; return x }'),
    (
        "go",
        "go-defer-in-loop",
        "package lib\nfunc f() { for _, p := range ps { defer p.Close() } }",
    ),
    (
        "go",
        "go-defer-in-loop",
        "package main\nfunc main() { for { mu.Lock(); defer mu.Unlock() } }",
    ),
    ("rust", "rust-unwrap", "pub fn f(s: &str) -> i32 { s.parse().unwrap() }"),
    ("rust", "rust-unwrap", 'pub fn f(s: &str) -> i32 { s.parse().expect("number") }'),
    ("rust", "rust-unwrap", 'pub fn f(v: Option<u8>) { println!("{}", v.unwrap()); }'),
    ("rust", "rust-unwrap", "#[cfg(not(test))]\nfn f(v: Option<u8>) -> u8 { v.unwrap() }"),
    ("rust", "rust-unsafe", "pub fn f(p: *const u8) -> u8 { unsafe { *p } }"),
    ("rust", "rust-unsafe", "fn main() { unsafe { danger() } }"),
    ("rust", "rust-panic", 'pub fn f(x: i32) { if x < 0 { panic!("negative") } }'),
    ("rust", "rust-panic", 'pub fn f() { std::panic!("boom") }'),
    ("c", "c-gets", "void f(void) { char b[8]; gets(b); }"),
    ("c", "c-strcpy", "void f(char *s) { char b[8]; strcpy(b, s); }"),
    ("c", "c-strcpy", 'void f(char *s) { char b[64]; strcat(b, "x"); }'),
    ("c", "c-strcpy", 'void f(void) { char b[4]; strcpy(b, "too long"); }'),
    ("c", "c-sprintf", 'void f(int n) { char b[8]; sprintf(b, "%d", n); }'),
    ("c", "c-scanf-unbounded", 'void f(void) { char b[8]; scanf("%s", b); }'),
    ("c", "c-scanf-unbounded", 'void f(FILE *fp) { char b[8]; fscanf(fp, "%d %[^\\n]", &n, b); }'),
    ("c", "c-scanf-unbounded", 'void f(void) { char b[8]; sscanf(line, "%" "s", b); }'),
    ("c", "c-unchecked-malloc", "void f(int n) { int *p = malloc(n); p[0] = 1; }"),
    ("c", "c-unchecked-malloc", "void f(int n) { int *p; p = (int *)calloc(n, 4); *p = 1; }"),
    (
        "c",
        "c-unchecked-malloc",
        "void f(int n) { char *p = malloc(n); memset(p, 0, n); if (!p) return; }",
    ),
    (
        "c",
        "c-unchecked-malloc",
        "void f(struct s *s) { s->buf = realloc(s->buf, 8); s->buf[0] = 1; }",
    ),
    ("c", "c-unchecked-malloc", "void f(int n) { memset(malloc(n), 0, n); }"),
    ("java", "java-string-identity", 'class A { boolean f(String s) { return s == "yes"; } }'),
    ("java", "java-string-identity", 'class A { boolean f(String s) { return "no" != s; } }'),
    ("java", "java-empty-catch", "class A { void f() { try { g(); } catch (IOException e) { } } }"),
    ("java", "java-empty-catch",
     "class A { void f() { try { g(); } catch (IOException | RuntimeException e) {} } }"),
    ("java", "java-query-concat",
     'class A { void f(Statement st, String id) { st.executeQuery("SELECT * FROM t WHERE id=" + id); } }'),
    ("java", "java-query-concat",
     'class A { void f(String d) { Runtime.getRuntime().exec("ls " + d); } }'),
    ("java", "java-query-concat",
     'class A { void f(Connection c, String n) { c.prepareStatement("DELETE FROM u WHERE n=\'" + n + "\'"); } }'),
    ("java", "java-system-exit", "class A { void check(int n) { if (n < 0) System.exit(1); } }"),
    ("java", "java-system-exit", "class A { Runnable r = () -> System.exit(3); }"),
]

NEGATIVES = [
    ("javascript", "js-eval", "calculator.eval(tokens); const evaluate = 1; retrieval(x);"),
    ("javascript", "js-eval", "setTimeout(() => tick(), 100);"),
    ("javascript", "js-new-function", "const f = function (x) { return x; }; new Map();"),
    (
        "javascript",
        "js-inner-html",
        'el.textContent = name; el.innerHTML = ""; const h = el.innerHTML;',
    ),
    ("javascript", "js-inner-html", "el.innerHTML = `<hr>`;"),
    (
        "javascript",
        "js-document-write",
        "doc.write(x); document.writeFile(x); console.log(document.title);",
    ),
    ("javascript", "js-loose-equality", "if (a === b || a !== c) {}"),
    ("javascript", "js-loose-equality", "if (value == null || null != other) {}"),
    ("javascript", "js-loose-equality", 'if (typeof v == "string" || 1 == 1) {}'),
    ("javascript", "js-var", "let a = 1; const b = 2; const variable = 3;"),
    ("typescript", "js-var", "declare var APP_VERSION: string;"),
    ("typescript", "ts-any", 'function f(x: unknown): string { return "any"; } // any'),
    ("typescript", "ts-non-null", "if (!done && a !== b) {} let x!: number;"),
    (
        "go",
        "go-ignored-error",
        "package lib\nfunc f() { n, err := strconv.Atoi(s); _, _ = n, err }",
    ),
    (
        "go",
        "go-ignored-error",
        "package lib\nfunc f() { v, _ := m[k]; for i, _ := range xs {}; _ = v }",
    ),
    (
        "go",
        "go-ignored-error",
        "package lib\nfunc f() { r, _ := utf8.DecodeRuneInString(s); _ = r }",
    ),
    (
        "go",
        "go-ignored-error",
        'package lib\nfunc f() { _, _ = fmt.Println("hi"); fmt.Println("x") }',
    ),
    ("go", "go-ignored-error", "package lib\nfunc f() { defer os.Remove(tmp); f.Close() }"),
    (
        "go",
        "go-ignored-error",
        (
            "package lib\nfunc get() (int, bool) { return 0, false }\n"
            "func f() { v, _ := get(); _ = v }"
        ),
    ),
    ("go", "go-panic", 'package main\nfunc main() { panic("usage") }'),
    ("go", "go-panic", 'package lib\nfunc MustParse(s string) int { panic("bad") }'),
    ("go", "go-panic", 'package lib\nfunc init() { panic("bad") }'),
    (
        "go",
        "go-defer-in-loop",
        "package lib\nfunc f() { defer c.Close(); for { func() { defer mu.Unlock() }() } }",
    ),
    (
        "go",
        "go-defer-in-loop",
        "package lib\nfunc f() { for _, x := range xs { go func() { defer wg.Done() }() } }",
    ),
    ("rust", "rust-unwrap", "pub fn f(s: &str) -> Result<i32, E> { let n = s.parse()?; Ok(n) }"),
    (
        "rust",
        "rust-unwrap",
        "pub fn f(v: Option<i32>) -> i32 { v.unwrap_or(0) + v.unwrap_or_default() }",
    ),
    ("rust", "rust-unwrap", "fn main() { let n: i32 = arg().parse().unwrap(); }"),
    (
        "rust",
        "rust-unwrap",
        (
            "#[cfg(test)]\nmod tests {\n    #[test]\n    fn t() { f().unwrap(); }\n"
            '    fn helper() { g().expect("x"); }\n}'
        ),
    ),
    ("rust", "rust-unwrap", "#[test]\nfn t() { f().unwrap(); }"),
    ("rust", "rust-unwrap", "#[tokio::test]\nasync fn t() { f().await.unwrap(); }"),
    ("rust", "rust-panic", 'fn main() { panic!("usage: prog FILE"); }'),
    ("rust", "rust-panic", "pub fn f(x: u8) { assert!(x > 0); unreachable!(); }"),
    ("rust", "rust-unsafe", "pub fn f() { let unsafe_mode = 1; } // unsafe"),
    ("c", "c-gets", "void f(void) { char b[8]; fgets(b, sizeof b, stdin); }"),
    ("c", "c-strcpy", 'void f(char *s) { char b[8]; strncpy(b, s, 7); strcpy(b, "hi"); }'),
    (
        "c",
        "c-strcpy",
        (
            "char *f(const char *s) { char *p = malloc(strlen(s) + 1); if (!p) return 0; "
            "strcpy(p, s); return p; }"
        ),
    ),
    ("c", "c-sprintf", 'void f(int n) { char b[8]; snprintf(b, sizeof b, "%d", n); }'),
    ("c", "c-scanf-unbounded", 'void f(void) { char b[8]; scanf("%7s %d %c", b, &n, &c); }'),
    (
        "c",
        "c-scanf-unbounded",
        'void f(void) { scanf("%*s %d 100%%s", &n); scanf(fmt, b); scanf("%ms", &p); }',
    ),
    (
        "c",
        "c-unchecked-malloc",
        "void f(int n) { int *p = malloc(n); if (p == NULL) return; p[0] = 1; }",
    ),
    ("c", "c-unchecked-malloc", "void f(int n) { int *p = malloc(n); if (!p) return; *p = 1; }"),
    (
        "c",
        "c-unchecked-malloc",
        "void f(int n) { int *p; if ((p = malloc(n)) == NULL) return; *p = 1; }",
    ),
    ("c", "c-unchecked-malloc", "void f(int n) { int *p = malloc(n); assert(p != NULL); *p = 1; }"),
    ("c", "c-unchecked-malloc", "void f(int n) { int *p = malloc(n); if (p) { *p = 1; } }"),
    ("c", "c-unchecked-malloc", "void *f(int n) { void *p = malloc(n); return p; }"),
    ("c", "c-unchecked-malloc", "void *f(int n) { return malloc(n); }"),
    ("java", "java-string-identity",
     'class A { boolean f(String s, int n) { return "yes".equals(s) || s == null || n == 3; } }'),
    ("java", "java-empty-catch",
     "class A { void f() { try { g(); } catch (InterruptedException e) { // shutting down\n } } }"),
    ("java", "java-empty-catch", "class ParserTest { void t() { try { g(); } catch (Exception e) {} } }"),
    ("java", "java-query-concat",
     'class A { void f(Statement st) { st.executeQuery(QUERY); st.execute(a + b); list.add("x" + y); } }'),
    ("java", "java-system-exit",
     'class A { public static void main(String[] args) { if (args.length == 0) System.exit(2); } }'),
    ("java", "java-system-exit", "class AppTest { void t() { System.exit(0); } }"),
    (
        "c",
        "c-unchecked-malloc",
        "void f(int n) { int *p = malloc(sizeof *p); if (NULL == p) exit(1); *p = 1; }",
    ),
]


@pytest.mark.parametrize(("language", "code", "source"), POSITIVES)
def test_positive(language: str, code: str, source: str) -> None:
    assert code in codes(language, source, "src/lib")


@pytest.mark.parametrize(("language", "code", "source"), NEGATIVES)
def test_negative(language: str, code: str, source: str) -> None:
    assert code not in codes(language, source, "src/lib")


def test_every_code_has_a_positive_and_a_negative() -> None:
    assert {code for _, code, _ in POSITIVES} == set(RULES)
    assert {code for _, code, _ in NEGATIVES} == set(RULES)


# --- positions, paths and dialects -------------------------------------------------------------


def test_positions_are_one_based_with_exclusive_end() -> None:
    [d] = detect("javascript", "let a = 1;\n  eval(code);\n")
    assert (d.code, d.line, d.column, d.end_line, d.end_column) == ("js-eval", 2, 3, 2, 13)


def test_columns_count_characters_not_bytes() -> None:
    [d] = detect("javascript", 'const s = "héllo→"; eval(s);')
    assert d.column == 'const s = "héllo→"; eval(s);'.index("eval") + 1


def test_multiline_detection_spans_lines() -> None:
    [d] = detect("c", 'void f(int n) {\n  char b[8];\n  sprintf(b,\n          "%d", n);\n}\n')
    assert (d.line, d.end_line) == (3, 4)


def test_rust_unwrap_points_at_the_method_call() -> None:
    [d] = detect("rust", "pub fn f(s: &str) -> u8 { s.parse().unwrap() }")
    assert d.end_column - d.column == len("unwrap()")
    assert "unwrap" in d.message


def test_detail_message_names_the_variable() -> None:
    [d] = detect("c", "void f(int n) { char *buffer = malloc(n); buffer[0] = 0; }")
    assert "buffer" in d.message and "malloc" in d.message


def test_go_ignored_error_names_the_call() -> None:
    [d] = detect("go", "package lib\nfunc f() { n, _ := strconv.Atoi(s); use(n) }")
    assert "strconv.Atoi" in d.message


def test_go_panic_allowed_in_test_files() -> None:
    source = 'package lib\nfunc helper() { panic("x") }'
    assert codes("go", source, "lib/parse_test.go") == []
    assert codes("go", source, "lib/parse.go") == ["go-panic"]


def test_rust_unwrap_allowed_in_integration_tests_and_examples() -> None:
    source = "fn helper(v: Option<u8>) -> u8 { v.unwrap() }"
    for path in (
        "crate/tests/api.rs",
        "crate/tests/common/mod.rs",
        "crate/examples/demo.rs",
        "build.rs",
    ):
        assert codes("rust", source, path) == [], path
    assert codes("rust", source, "crate/src/lib.rs") == ["rust-unwrap"]
    assert codes("rust", "#![cfg(test)]\n" + source, "crate/src/lib.rs") == []


def test_tsx_uses_the_tsx_grammar_by_path() -> None:
    source = "const A = (p: any) => <div dangerouslySetInnerHTML={{ __html: p.x! }} />;"
    assert sorted(codes("typescript", source, "components/A.tsx")) == [
        "js-inner-html",
        "ts-any",
        "ts-non-null",
    ]


def test_lsp_language_ids_are_accepted() -> None:
    assert codes("typescriptreact", "eval(x);", "a.tsx") == ["js-eval"]
    assert codes("javascriptreact", "eval(x);") == ["js-eval"]
    assert codes("JavaScript", "eval(x);") == ["js-eval"]


def test_unknown_language_returns_nothing() -> None:
    assert detect("python", "eval(x)") == []
    assert detect("cobol", "eval(x)") == []
    assert LANGUAGES == {"javascript", "typescript", "go", "rust", "c", "java"}


# --- robustness --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "source", "wanted"),
    [  # half-typed code, as the learner has it between keystrokes
        ("javascript", "const total = ;\neval(code);\nvar y = 1;\n", {"js-eval", "js-var"}),
        (
            "javascript",
            "function f() {\n  eval(code);\n  if (a == b) {\n",
            {"js-eval", "js-loose-equality"},
        ),
        (
            "go",
            "package lib\nfunc f() {\n\tn, _ := strconv.Atoi(s)\n\tx := \n",
            {"go-ignored-error"},
        ),
        (
            "rust",
            "pub fn f(s: &str) -> i32 {\n    let x = ;\n    s.parse().unwrap()\n}\n",
            {"rust-unwrap"},
        ),
        ("c", "int main( { char b[8]; \n}\nvoid g(void) { gets(b); }", {"c-gets"}),
        ("c", "void g(void) { char b[8]; gets(b);\n  int x = ;\n", {"c-gets"}),
    ],
)
def test_syntax_errors_still_report_what_parsed(
    language: str, source: str, wanted: set[str]
) -> None:
    assert wanted <= set(codes(language, source))


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_huge_input_returns_nothing(language: str) -> None:
    line = "eval(x); gets(b); panic!(); panic(1)\n"
    assert detect(language, line * (MAX_BYTES // len(line) + 1)) == []


def test_size_limit_counts_bytes() -> None:
    source = "eval(x);//" + "é" * (MAX_BYTES // 2)  # fewer characters than the limit, more bytes
    assert len(source) < MAX_BYTES < len(source.encode())
    assert detect("javascript", source) == []


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_binary_and_undecodable_input_returns_nothing(language: str) -> None:
    assert detect(language, "eval(x);\x00\x01\x02") == []
    assert detect(language, "eval(x); \udcff") == []  # lone surrogate from undecodable bytes
    assert detect(language, b"eval(x); \xff\xfe") == []
    assert detect(language, "") == []


def test_bytes_input_is_accepted_when_utf8() -> None:
    assert [d.code for d in detect("javascript", "eval(x); // é".encode())] == ["js-eval"]


def test_detect_is_safe_from_many_threads() -> None:
    sources = {
        "javascript": "var a = eval(x);",
        "c": "void f(void) { char b[8]; gets(b); }",
        "rust": "pub fn f() { x.unwrap(); }",
    }
    jobs = [(lang, src) for lang, src in sources.items()] * 40
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda job: [d.code for d in detect(*job)], jobs))
    expected = {lang: [d.code for d in detect(lang, src)] for lang, src in sources.items()}
    assert results == [expected[lang] for lang, _ in jobs]


def test_a_missing_or_incompatible_grammar_disables_only_its_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import temper.risks.treesitter as engine

    monkeypatch.setattr(engine, "_unavailable", set())
    monkeypatch.delitem(engine._languages, "c", raising=False)
    monkeypatch.delitem(engine._languages, "go", raising=False)
    c_entry, go_entry = engine._GRAMMARS["c"], engine._GRAMMARS["go"]
    monkeypatch.setitem(engine._GRAMMARS, "c", ("no_such_grammar_module", *c_entry[1:]))
    monkeypatch.setitem(
        engine._GRAMMARS, "go", (*go_entry[:2], "(no_such_node) @go-panic", go_entry[3])
    )
    assert detect("c", "void f(void) { gets(b); }") == []
    assert detect("go", 'package lib\nfunc f() { panic("x") }') == []
    assert engine._unavailable == {"c", "go"}
    assert codes("javascript", "eval(x);") == ["js-eval"]


def test_importing_loads_no_grammar() -> None:
    script = (
        "import sys, temper.risks.treesitter as t; "
        "print(sorted(m for m in sys.modules if m.startswith('tree_sitter')))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- rules -------------------------------------------------------------------------------------

CODE_IN_PROSE = re.compile(
    r"`|[{}\[\];=<>]|\w\(|\w\.\w|::|->|&&|\|\||\b(?:if|while|for|fn|func)\s*[({]"
)


def emitted_codes() -> set[str]:
    found: set[str] = set()
    for language, _, source in POSITIVES:
        found |= set(codes(language, source, "src/lib"))
    for path in CORPUS.rglob("*"):
        if path.is_file():
            language = path.parent.name
            found |= set(codes(language, path.read_text(), str(path)))
    return found


def test_every_emitted_code_has_a_rule_whose_why_has_no_code() -> None:
    emitted = emitted_codes()
    assert emitted == set(RULES)  # every rule is reachable, and nothing emitted lacks a rule
    for code in emitted:
        rule = RULES[code]
        assert isinstance(rule, Rule) and rule.code == code
        assert isinstance(rule.category, Category) and isinstance(rule.severity, Severity)
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.concept), code
        assert rule.message and rule.fix and "\n" not in rule.message
        assert len(rule.why.split()) <= 60, (code, len(rule.why.split()))
        assert not CODE_IN_PROSE.search(rule.why), (code, CODE_IN_PROSE.search(rule.why))
        for level in (Level.L0, Level.L1, Level.L2):
            assert rule.fix not in explanation(rule, level)
        assert rule.fix in explanation(rule, Level.L3)


def test_codes_are_prefixed_by_language() -> None:
    prefixes = ("js-", "ts-", "go-", "rust-", "c-", "java-")
    assert all(code.startswith(prefixes) for code in RULES)


# --- the labelled corpus -----------------------------------------------------------------------


def corpus_files() -> list[tuple[str, Path]]:
    return [
        (language, path)
        for language, ext in EXTENSIONS.items()
        for path in sorted((CORPUS / language).glob(f"*{ext}"))
    ]


def expected(path: Path) -> set[str]:
    first = path.read_text().splitlines()[0]
    match = re.fullmatch(r"//\s*expect:\s*(.+)", first.strip())
    assert match, f"{path.name}: first line must be '// expect: ...'"
    labels = match.group(1).strip()
    return set() if labels == "none" else {label.strip() for label in labels.split(",")}


def test_corpus_is_large_and_covers_every_code() -> None:
    files = corpus_files()
    assert len(files) >= 30
    assert {language for language, _ in files} == LANGUAGES
    labelled = set().union(*(expected(path) for _, path in files))
    assert labelled == set(RULES)
    assert sum(1 for _, path in files if not expected(path)) >= 15  # plenty of negatives


@pytest.mark.parametrize(("language", "path"), corpus_files(), ids=lambda v: getattr(v, "name", v))
def test_corpus_file_matches_its_label_unless_a_known_limitation(language: str, path: Path) -> None:
    source = path.read_text()
    found = {d.code for d in detect(language, source, str(path))}
    if "Known limitation" in source:
        assert found != expected(path), f"{path.name} now passes: drop its 'Known limitation' note"
    else:
        assert found == expected(path)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_corpus_precision_and_recall(language: str) -> None:
    tp = fp = fn = 0
    for lang, path in corpus_files():
        if lang != language:
            continue
        want = expected(path)
        got = {d.code for d in detect(lang, path.read_text(), str(path))}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    assert tp / (tp + fp) >= 0.9
    assert tp / (tp + fn) >= 0.9
