"""What each Python risk code means: the AST learning-trap rules and the curated ruff rules.

Every `why` is plain prose for a learner (the concept and why it matters, no code); every `fix`
shows the shape of a fix and is only shown from L3 up.
"""

from __future__ import annotations

from temper.core.risks import Category, Rule, Severity

C, L, S = Category.CORRECTNESS, Category.LEARNING, Category.SECURITY
ERR, WARN, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


def _rules(*rows: tuple) -> dict[str, Rule]:
    return {row[0]: Rule(*row) for row in rows}


AST_RULES = _rules(
    ("py-mutable-default", C, WARN, "functions",
     "Mutable default value is shared between calls",
     "A default value is created once, when the function is defined, not each time it is "
     "called. If that value is a list, dict or set and the function changes it, the change is "
     "still there on the next call, so results leak from one call into the next.",
     "Use None as the default and create a fresh value inside: `def f(items=None):` then "
     "`if items is None: items = []`."),
    ("py-none-comparison", L, INFO, "booleans",
     "Comparing with None using == or !=",
     "None is one single, unique object, so the real question is whether a value is that very "
     "object. Equality asks the value itself, and a class may answer equality any way it likes. "
     "Asking about identity is the reliable, expected way to test for None.",
     "Test identity instead: `x is None`, `x is not None`."),
    ("py-mutate-while-iterating", C, WARN, "lists",
     "This changes the collection the loop is walking through",
     "A for loop walks a list by position. Removing or inserting items while it walks shifts "
     "the positions, so items get skipped or visited twice, and adding items can keep the loop "
     "going forever. For a dict or a set, Python stops with an error instead.",
     "Loop over a copy, `for x in items[:]:`, or build a new collection: "
     "`kept = [x for x in items if keep(x)]`."),
    ("py-endless-loop", C, WARN, "loops",
     "This loop may never end",
     "A loop stops only when its condition becomes false or something inside it leaves the "
     "loop, such as break, return or raise. Here the condition can never change and nothing "
     "inside leaves, so the program would hang and never reach the code after the loop.",
     "Make each pass move toward the end: update what the condition checks (`i += 1`), or "
     "`break` once the work is done."),
    ("py-recursion-no-base", C, WARN, "recursion",
     "This recursive call has no base case to stop it",
     "A function that calls itself needs a base case: a path that finishes without calling "
     "itself again, reached when the input is small enough. Without one, every call makes "
     "another call until Python gives up with a RecursionError.",
     "Put the stopping case first, e.g. `if n == 0: return 1`, and make every recursive call "
     "work on a smaller input such as `n - 1`."),
    ("py-shadowed-builtin", L, WARN, "functions",
     "This name hides one of Python's built-ins",
     "Python comes with built-in functions and types such as list, sum and input. Giving your "
     "own variable, parameter or function the same name hides the built-in in that part of the "
     "program, so a later use of it gets your value instead and fails with a confusing error.",
     "Choose a descriptive name: `numbers` instead of `list`, `total` instead of `sum`."),
    ("py-unreachable", L, WARN, "functions",
     "This code can never run",
     "Return, raise, break and continue jump away immediately, so the statements after them in "
     "the same block are skipped every time. Usually a line ended up at the wrong indentation "
     "or the jump happens too early.",
     "Move those lines before the jump, or indent the jump into the `if` it belongs to."),
    ("py-is-literal", C, WARN, "booleans",
     "Using is to compare with a literal value",
     "The is operator asks whether two names point to the very same object, not whether two "
     "values are equal. Whether two equal numbers or strings share one object is an accident "
     "of how Python stores them, so the answer can change between runs or versions.",
     "Compare values with `==` or `!=`; keep `is` for `None`, `True` and `False`."),
    ("py-swallowed-exception", C, WARN, "exceptions",
     "An error is caught and silently ignored",
     "Catching every exception and doing nothing hides all errors, including typos and bugs "
     "you did not expect. The program carries on with missing or wrong data, and the real "
     "cause becomes very hard to find.",
     "Catch only what you expect and handle it, `except ValueError:`, or at least report it: "
     "`except Exception as exc: print(exc)`."),
    ("py-off-by-one", C, WARN, "off-by-one",
     "This index may run past the end of the list",
     "Positions start at zero, so the last valid position is one less than the length. A loop "
     "that reaches the length itself, or looks one item ahead on its last step, asks for a "
     "position that does not exist and stops with an IndexError.",
     "`range(len(xs))` already stops before the length; to look ahead, loop over "
     "`range(len(xs) - 1)`."),
)

_PASSWORD_WHY = (
    "Code gets copied, shared and uploaded, and a secret written into it travels everywhere "
    "the code goes, including the version history, where it stays even after you delete it. "
    "Anyone who can read the code can use the password.")
_PASSWORD_FIX = ("Read secrets from the environment or from a config file kept out of version "
                 "control: `os.environ[\"DB_PASSWORD\"]`.")
_SHELL_WHY = (
    "Through a shell, the whole command is one piece of text that the shell interprets, so "
    "spaces, semicolons and other special characters in user data can change what runs, even "
    "add a second command of their own. This is called command injection.")

RUFF_RULES = _rules(
    ("ruff-S101", C, INFO, "exceptions",
     "An assert can be switched off",
     "Python skips every assert when it runs with optimisations turned on. That is fine in "
     "tests and for checking your own assumptions, but a check that protects the program from "
     "bad input or an unauthorised user would silently disappear.",
     "Check input with an exception: `if amount < 0: raise ValueError(\"negative amount\")`."),
    ("ruff-S102", S, WARN, "security",
     "exec runs a piece of text as code",
     "Running text as a program means whoever controls the text controls your program. If any "
     "part of it comes from a user, a file or the network, they can make it do anything your "
     "program is allowed to do, such as deleting files.",
     "Call the code you need directly; to choose between actions, look functions up in a dict "
     "such as `actions[name]()`."),
    ("ruff-S104", S, INFO, "security",
     "The server listens on every network interface",
     "Binding to all interfaces makes your program reachable from other machines on the "
     "network, not only from your own computer. A development server is rarely meant to be "
     "public, and anyone who can reach it can try to use it.",
     "Bind to `127.0.0.1` while developing; open it up on purpose when you deploy."),
    ("ruff-S105", S, WARN, "security", "A password is written into the code",
     _PASSWORD_WHY, _PASSWORD_FIX),
    ("ruff-S106", S, WARN, "security", "A password is written into a function call",
     _PASSWORD_WHY, _PASSWORD_FIX),
    ("ruff-S107", S, WARN, "security", "A password is a default value",
     _PASSWORD_WHY, _PASSWORD_FIX),
    ("ruff-S113", C, INFO, "edge-cases",
     "This network request has no time limit",
     "Without a time limit, a request to a server that never answers waits forever, and your "
     "program freezes with no error to explain why.",
     "Pass a limit in seconds: `requests.get(url, timeout=10)`."),
    ("ruff-S301", S, WARN, "security",
     "Loading pickle data can run code",
     "Loading pickled data can run any code that was stored inside it. Unpickling a file or "
     "message from someone else is the same as running a program they wrote.",
     "Use a data-only format such as JSON, `json.loads(text)`, for anything you did not "
     "create yourself."),
    ("ruff-S307", S, WARN, "security",
     "eval runs a piece of text as code",
     "Evaluating text as Python means whoever controls the text controls your program. When "
     "the text comes from input or a file, a user can type something that reads or deletes "
     "your files instead of a number.",
     "Convert input with the type you expect, `int(text)` or `float(text)`; for literal data "
     "use `ast.literal_eval(text)`."),
    ("ruff-S324", S, WARN, "security",
     "Weak hash function",
     "MD5 and SHA1 are broken: people can craft two inputs with the same hash, and they are so "
     "fast that guessing passwords from their hashes is cheap. They are fine as checksums, but "
     "not for passwords or anything else that must stay secure.",
     "For passwords use a slow salted hash such as `hashlib.scrypt` or the `bcrypt` package; "
     "otherwise `hashlib.sha256`."),
    ("ruff-S501", S, WARN, "security",
     "Certificate checks are turned off",
     "Certificates prove that you are talking to the real server. With the check turned off, "
     "anyone on the network between you and the server can pretend to be it and read or change "
     "everything you send and receive.",
     "Remove `verify=False`; if a certificate is missing, point `verify` at the right bundle."),
    ("ruff-S506", S, WARN, "security",
     "The full YAML loader can build any object",
     "The full YAML loader can create any Python object described in the file, which lets a "
     "crafted file run code on your machine. Data files should only ever produce plain values "
     "such as text, numbers, lists and mappings.",
     "Use `yaml.safe_load(text)`."),
    ("ruff-S602", S, WARN, "security", "This command runs through a shell",
     _SHELL_WHY,
     "Pass the program and its arguments as a list, without a shell: "
     "`subprocess.run([\"ls\", folder])`."),
    ("ruff-S605", S, WARN, "security", "This command runs through a shell",
     _SHELL_WHY,
     "Use `subprocess.run([\"ls\", folder])` with a list of arguments instead of `os.system`."),
    ("ruff-S608", S, WARN, "security",
     "SQL is built by pasting text together",
     "When values are pasted into the text of a query, a value containing quotes or SQL words "
     "becomes part of the query itself. An attacker can read or delete data this way; it is "
     "called SQL injection and is one of the most common security holes.",
     "Use placeholders and pass values separately: "
     "`cur.execute(\"SELECT * FROM users WHERE name = ?\", (name,))`."),
    ("ruff-B002", C, WARN, "counting",
     "Python has no ++ operator",
     "In Python, two plus signs in front of a name just mean plus, twice, which leaves the "
     "value unchanged. The line runs without any error but the variable never grows, so "
     "counters and loops quietly stop working.",
     "Increase it with an augmented assignment: `n += 1`."),
    ("ruff-B005", C, WARN, "strings",
     "strip removes characters, not a word",
     "Strip treats its argument as a set of single characters and removes any of them from "
     "both ends, in any order. Giving it a word or an ending removes more than you meant "
     "whenever neighbouring letters happen to be in that set.",
     "Remove an exact start or end with `text.removeprefix(\"ab\")` or "
     "`text.removesuffix(\".txt\")`."),
    ("ruff-B012", C, WARN, "exceptions",
     "Jumping out of a finally block",
     "A finally block always runs, even while an error is on its way out. Leaving it with "
     "return, break or continue cancels that error silently, so a real problem disappears "
     "without a trace.",
     "Keep `finally` for clean-up only and put the `return` after the whole `try` statement."),
    ("ruff-B015", L, WARN, "booleans",
     "This comparison does nothing",
     "A comparison produces True or False, but on a line of its own that result is thrown "
     "away. Usually the line was meant to store a value, with a single equals sign, or to be "
     "the condition of an if or an assert.",
     "Assign with one equals sign, `x = 5`, or use the result: `if x == 5:`."),
    ("ruff-B016", C, ERR, "exceptions",
     "Raising something that is not an exception",
     "Only exception objects can be raised. Raising a string or a number fails with a "
     "TypeError at that very moment, so instead of your message the user sees a different "
     "error about the raise itself.",
     "Raise an exception class with your message: `raise ValueError(\"negative amount\")`."),
    ("ruff-B018", L, INFO, "functions",
     "This expression does nothing",
     "A value on a line of its own is computed and then thrown away. It usually means "
     "something is missing: a call that was never made, a result meant to be stored or "
     "returned, or a leftover from editing.",
     "Store it, `total = ...`, return it, or call it: `name()` instead of `name`."),
    ("ruff-B020", C, WARN, "loops",
     "The loop variable has the same name as what it loops over",
     "Each item the loop takes replaces the collection's name, so after the loop that name no "
     "longer refers to the collection. Code that later expects the whole collection gets a "
     "single item instead.",
     "Use a singular name for the item and a plural for the collection: "
     "`for word in words:`."),
    ("ruff-B023", C, WARN, "functions",
     "This function uses the loop variable later",
     "A function defined inside a loop looks up the loop variable when it runs, not when it "
     "is created. If it runs after the loop has moved on, every such function sees the last "
     "value, so they all behave the same.",
     "Bind the current value as a default: `lambda i=i: i`, or use `functools.partial`."),
    ("ruff-B025", C, WARN, "exceptions",
     "The same exception is caught twice",
     "Python uses the first except clause that matches. A second clause for the same "
     "exception can never run, so the handling written there is dead code.",
     "Merge the two handlers, or catch a different exception in the second one."),
    ("ruff-E721", L, INFO, "booleans",
     "Comparing types with == or !=",
     "Asking whether the type of a value equals a class ignores subclasses, so a value that "
     "really is a kind of that type is treated as something else. It also reads like a value "
     "comparison when the question is about kinds of values.",
     "Ask whether a value is a kind of type: `isinstance(x, int)`."),
    ("ruff-E722", C, WARN, "exceptions",
     "A bare except catches everything",
     "An except clause that names no exception catches every error, including misspelled "
     "names, running out of memory and the user pressing Ctrl+C to stop the program. Bugs "
     "stay hidden and the program becomes hard to stop.",
     "Name the errors you expect: `except (ValueError, KeyError):`."),
    ("ruff-F601", C, WARN, "dictionaries",
     "The same key appears twice in this dict",
     "A dictionary keeps one value per key. When a key is written twice in the same literal, "
     "the later value silently replaces the earlier one, so part of the data you typed is lost.",
     "Remove the duplicate or give each value its own key."),
    ("ruff-F811", C, WARN, "functions",
     "This redefines a name that was never used",
     "Defining a function, or importing a name, a second time replaces the first one. The first "
     "was never used, which usually means a copy-paste slip or two functions that accidentally "
     "share a name.",
     "Rename one of them, or delete the unused first definition."),
    ("ruff-F823", C, ERR, "functions",
     "This variable is read before it is assigned in this function",
     "If a function assigns to a name anywhere, Python treats that name as local to the whole "
     "function. Reading it before the assignment fails with an UnboundLocalError, even when a "
     "global variable with the same name exists.",
     "Pass the value in as a parameter and return the new one: `def add(total, x): "
     "return total + x`."),
    ("ruff-PLW0120", L, INFO, "loops",
     "else on a loop that has no break",
     "An else after a loop runs when the loop finishes without a break. With no break in the "
     "loop, the else part always runs, so it is ordinary code after the loop and probably not "
     "doing what was meant.",
     "Dedent the code out of the `else`, or add the `break` the `else` is meant to detect."),
    ("ruff-PLW0127", C, WARN, "functions",
     "A variable is assigned to itself",
     "Giving a variable its own value changes nothing. It is usually a slip where a different "
     "name was meant on one side, so the value you wanted to keep is never stored.",
     "Check which name belongs on each side, e.g. `self.name = name`."),
    ("ruff-PLW0711", C, WARN, "exceptions",
     "Using or/and here catches only one exception",
     "The or and and operators pick one of their two operands, so the except clause ends up "
     "catching only one of the exceptions you listed. The other one passes through uncaught.",
     "List several exceptions in a tuple: `except (ValueError, TypeError):`."),
)
