/*
 * temper_test.h -- the Temper C test harness (single header, C11 + POSIX).
 *
 * Usage (include this header first, before any system header):
 *
 *     #include "temper_test.h"
 *     #include "add.h"
 *     TEST(adds_small_numbers) { CHECK_EQ_INT(add(2, 3), 5); }
 *     int main(void) { RUN(adds_small_numbers); return temper_done(); }
 *
 * Checks:
 *     CHECK(cond)                                 cond must be true
 *     CHECK_EQ_INT(actual, expected)              compared as long long
 *     CHECK_EQ_STR(actual, expected)              strcmp, NULL-safe
 *     CHECK_EQ_DBL(actual, expected, tolerance)   |actual - expected| <= tolerance
 * A failed check ends its test at once. Use checks only inside TEST bodies
 * (or functions they call).
 *
 * Each RUN forks: the test runs in a child process, so a crash (segfault,
 * abort, ...) fails only that test and names the signal, and a test that
 * takes longer than TEMPER_TIMEOUT_SECONDS is killed and reported as timed
 * out. The child's stdout and stderr are captured and reported, truncated,
 * in the "output" field.
 *
 * Output: one JSON object per test, one per line, on the original stdout:
 *     {"name":"adds_small_numbers","status":"pass"}
 *     {"name":"x","status":"fail","message":"add(2, 3) == 5: got 4, expected 5",
 *      "actual":"4","expected":"5","file":"test_add.c","line":3}
 *     {"name":"x","status":"error","message":"crashed: Segmentation fault (SIGSEGV)"}
 *     {"name":"x","status":"error","message":"timed out after 2 s","timeout":true}
 * A failed check also gives the two values it compared as "actual" and
 * "expected" (as shown in the message: numbers, C string literals, false/true).
 * The lines go to a private duplicate of stdout taken before the first test;
 * after that, fd 1 of the harness process itself points at stderr, so stray
 * printf calls in main() cannot corrupt the stream.
 * temper_done() returns 0 when every test passed and 1 otherwise.
 */
#ifndef TEMPER_TEST_H
#define TEMPER_TEST_H

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef TEMPER_TIMEOUT_SECONDS
#define TEMPER_TIMEOUT_SECONDS 2
#endif
#ifndef TEMPER_OUTPUT_LIMIT
#define TEMPER_OUTPUT_LIMIT 500 /* bytes of captured output kept per test */
#endif

#define TEMPER_MESSAGE_LIMIT 1024 /* bytes of a failure message */
#define TEMPER_SHOWN_STRING 160   /* characters of a compared string shown */
#define TEMPER_VALUE_LIMIT (5 * TEMPER_SHOWN_STRING + 8) /* bytes of one shown value */

#if defined(__GNUC__)
#define TEMPER_PRINTF_(fmt, args) __attribute__((format(printf, fmt, args)))
#define TEMPER_NORETURN_ __attribute__((noreturn))
#else
#define TEMPER_PRINTF_(fmt, args)
#define TEMPER_NORETURN_
#endif

/* ---- the public API ---------------------------------------------------- */

#define TEST(name) static void temper_test_##name(void)
#define RUN(name) temper_run_(#name, temper_test_##name)

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond))                                                         \
            temper_fail_values_(__FILE__, __LINE__, "false", "true",        \
                                "%s: got false, expected true", #cond);      \
    } while (0)

#define CHECK_EQ_INT(actual, expected)                                       \
    do {                                                                     \
        long long temper_a_ = (long long)(actual);                           \
        long long temper_e_ = (long long)(expected);                         \
        if (temper_a_ != temper_e_)                                          \
            temper_fail_int_(__FILE__, __LINE__, #actual, #expected,         \
                             temper_a_, temper_e_);                          \
    } while (0)

#define CHECK_EQ_STR(actual, expected)                                       \
    temper_check_str_(__FILE__, __LINE__, #actual, #expected, (actual),      \
                      (expected))

#define CHECK_EQ_DBL(actual, expected, tolerance)                            \
    temper_check_dbl_(__FILE__, __LINE__, #actual, #expected, (actual),      \
                      (expected), (tolerance))

/* ---- state shared by the harness process -------------------------------- */

static struct {
    int out_fd;     /* private duplicate of stdout for the JSON lines; -1 before the first RUN */
    int report_fd;  /* in a test child: write end of the report pipe */
    int ran;
    int failed;
} temper_state_ = {-1, -1, 0, 0};

/* ---- per-test coverage (fault localization only) ------------------------
 * Built with `--coverage -DTEMPER_COVERAGE`, each test's child clears the
 * counters it inherited and, as it ends (passed, failed or crashed), writes
 * its own under $TEMPER_COVERAGE_DIR/<test name>/ (gcov's GCOV_PREFIX); one
 * still running a second before its time limit is stopped with SIGALRM.
 * Without TEMPER_COVERAGE nothing here exists. */
#ifdef TEMPER_COVERAGE
extern void __gcov_dump(void);
extern void __gcov_reset(void);
static const char *temper_coverage_name_ = NULL;

static inline void temper_coverage_dump_(void)
{
    const char *dir = getenv("TEMPER_COVERAGE_DIR");
    char path[4096];
    if (dir == NULL || temper_coverage_name_ == NULL)
        return;
    snprintf(path, sizeof path, "%s/%s", dir, temper_coverage_name_);
    setenv("GCOV_PREFIX", path, 1);
    setenv("GCOV_PREFIX_STRIP", "4096", 1);
    __gcov_dump();
}

static void temper_coverage_on_signal_(int sig)
{
    temper_coverage_dump_();
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void temper_coverage_start_(const char *name)
{
    static const int signals[] = {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL};
    temper_coverage_name_ = name;
    __gcov_reset();
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++)
        signal(signals[i], temper_coverage_on_signal_);
    /* A test that never ends keeps its counters too: stopped a second before its limit. */
    signal(SIGALRM, temper_coverage_on_signal_);
    alarm(TEMPER_TIMEOUT_SECONDS > 1 ? (unsigned)(TEMPER_TIMEOUT_SECONDS) - 1 : 1);
}
#else
#define temper_coverage_dump_() ((void)0)
#define temper_coverage_start_(name) ((void)(name))
#endif

/* ---- inside the test child ----------------------------------------------- */

static inline void temper_write_all_(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        data += n;
        len -= (size_t)n;
    }
}

#define TEMPER_REPORT_LIMIT (64 + 256 + TEMPER_MESSAGE_LIMIT + 2 * TEMPER_VALUE_LIMIT)

/* Report "F<line>\n<file>\0<message>\0<actual>\0<expected>" to the parent and end the
 * test; actual and expected are the compared values as shown (NULL: not known). */
static inline TEMPER_NORETURN_ TEMPER_PRINTF_(5, 6) void temper_fail_values_(
    const char *file, int line, const char *actual, const char *expected, const char *fmt, ...)
{
    char report[TEMPER_REPORT_LIMIT];
    int head = snprintf(report, sizeof report, "F%d\n%.255s", line, file);
    size_t used = (size_t)head + 1; /* keep the NUL after the file name */
    va_list args;
    va_start(args, fmt);
    int body = vsnprintf(report + used, TEMPER_MESSAGE_LIMIT, fmt, args);
    va_end(args);
    if (body < 0)
        body = 0;
    used += (size_t)body < TEMPER_MESSAGE_LIMIT ? (size_t)body : TEMPER_MESSAGE_LIMIT - 1;
    const char *values[2] = {actual, expected};
    for (int i = 0; i < 2 && actual != NULL && expected != NULL; i++) {
        int n = snprintf(report + used + 1, TEMPER_VALUE_LIMIT, "%s", values[i]);
        used += 1 + (n < 0 ? 0 : (size_t)n < TEMPER_VALUE_LIMIT ? (size_t)n
                                                                 : TEMPER_VALUE_LIMIT - 1);
    }
    fflush(stdout);
    fflush(stderr);
    if (temper_state_.report_fd < 0) { /* a check outside any TEST: say so and stop */
        fprintf(stderr, "temper_test: check failed outside a TEST at %s:%d: %s\n", file, line,
                report + head + 1);
        exit(2);
    }
    temper_write_all_(temper_state_.report_fd, report, used);
    temper_coverage_dump_();
    _exit(1);
}

#define temper_fail_(file, line, ...) temper_fail_values_(file, line, NULL, NULL, __VA_ARGS__)

static inline TEMPER_NORETURN_ void temper_fail_int_(const char *file, int line,
                                                     const char *actual_src,
                                                     const char *expected_src, long long actual,
                                                     long long expected)
{
    char got[32], want[32];
    snprintf(got, sizeof got, "%lld", actual);
    snprintf(want, sizeof want, "%lld", expected);
    temper_fail_values_(file, line, got, want, "%s == %s: got %lld, expected %lld", actual_src,
                        expected_src, actual, expected);
}

/* Length of the valid UTF-8 sequence starting at s (at most n bytes), or 0. */
static inline size_t temper_utf8_len_(const unsigned char *s, size_t n)
{
    size_t len;
    unsigned int min;
    if (s[0] >= 0xc2 && s[0] <= 0xdf) {
        len = 2;
        min = 0x80;
    } else if (s[0] >= 0xe0 && s[0] <= 0xef) {
        len = 3;
        min = 0x800;
    } else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
        len = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    unsigned int code = s[0] & (0x3f >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        code = (code << 6) | (s[i] & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return 0;
    return len;
}

/* Write s as a C string literal (quotes, escapes, at most TEMPER_SHOWN_STRING
 * characters) into out, which holds at least 5 * TEMPER_SHOWN_STRING + 8 bytes.
 * NULL is shown as NULL. */
static inline void temper_quote_(char *out, const char *s)
{
    if (s == NULL) {
        strcpy(out, "NULL");
        return;
    }
    char *o = out;
    *o++ = '"';
    size_t i = 0;
    for (; s[i] != '\0' && i < TEMPER_SHOWN_STRING; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            *o++ = '\\';
            *o++ = (char)c;
        } else if (c == '\n') {
            *o++ = '\\';
            *o++ = 'n';
        } else if (c == '\t') {
            *o++ = '\\';
            *o++ = 't';
        } else if (c < 0x20 || c == 0x7f) {
            o += sprintf(o, "\\x%02x", c);
        } else if (c >= 0x80) {
            /* a whole UTF-8 character is shown as it is, any other byte as \xNN;
               the check stops at the '\0', which is never a continuation byte */
            size_t len = temper_utf8_len_((const unsigned char *)s + i, 4);
            if (len == 0) {
                o += sprintf(o, "\\x%02x", c);
            } else {
                memcpy(o, s + i, len);
                o += len;
                i += len - 1;
            }
        } else {
            *o++ = (char)c;
        }
    }
    *o++ = '"';
    if (s[i] != '\0')
        o += sprintf(o, "...");
    *o = '\0';
}

static inline void temper_check_str_(const char *file, int line, const char *actual_src,
                              const char *expected_src, const char *actual,
                              const char *expected)
{
    if (actual == expected)
        return;
    if (actual != NULL && expected != NULL && strcmp(actual, expected) == 0)
        return;
    char got[TEMPER_VALUE_LIMIT], want[TEMPER_VALUE_LIMIT];
    temper_quote_(got, actual);
    temper_quote_(want, expected);
    temper_fail_values_(file, line, got, want, "%s == %s: got %s, expected %s", actual_src,
                        expected_src, got, want);
}

static inline void temper_check_dbl_(const char *file, int line, const char *actual_src,
                              const char *expected_src, double actual,
                              double expected, double tolerance)
{
    double diff = actual - expected;
    if (diff < 0)
        diff = -diff;
    if (diff <= tolerance || actual == expected) /* also covers equal infinities */
        return;
    char got[32], want[32];
    snprintf(got, sizeof got, "%.10g", actual);
    snprintf(want, sizeof want, "%.10g", expected);
    temper_fail_values_(file, line, got, want, "%s == %s (within %g): got %s, expected %s",
                        actual_src, expected_src, tolerance, got, want);
}

/* ---- JSON lines ------------------------------------------------------------ */

typedef struct {
    char data[16384];
    size_t len;
} temper_line_;

static inline void temper_put_(temper_line_ *line, const char *text, size_t n)
{
    if (n > sizeof line->data - 2 - line->len) /* room for "}\n" at the end */
        n = sizeof line->data - 2 - line->len;
    memcpy(line->data + line->len, text, n);
    line->len += n;
}

static inline void temper_puts_(temper_line_ *line, const char *text)
{
    temper_put_(line, text, strlen(text));
}

/* Append "key":"value" with value JSON-escaped; bytes that are not valid
 * UTF-8 (a learner's uninitialised buffer, say) become U+FFFD. */
static inline void temper_put_string_(temper_line_ *line, const char *key,
                               const char *value, size_t n)
{
    char buf[8];
    if (line->len > 1) /* not the first key after "{" */
        temper_puts_(line, ",");
    temper_puts_(line, "\"");
    temper_puts_(line, key);
    temper_puts_(line, "\":\"");
    const unsigned char *s = (const unsigned char *)value;
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        if (c == '"' || c == '\\') {
            buf[0] = '\\';
            buf[1] = (char)c;
            temper_put_(line, buf, 2);
        } else if (c == '\n') {
            temper_puts_(line, "\\n");
        } else if (c == '\t') {
            temper_puts_(line, "\\t");
        } else if (c == '\r') {
            temper_puts_(line, "\\r");
        } else if (c < 0x20 || c == 0x7f) {
            snprintf(buf, sizeof buf, "\\u%04x", c);
            temper_puts_(line, buf);
        } else if (c >= 0x80) {
            size_t len = temper_utf8_len_(s + i, n - i);
            if (len == 0) {
                temper_puts_(line, "\\ufffd");
                i++;
            } else {
                temper_put_(line, value + i, len);
                i += len;
            }
            continue;
        } else {
            temper_put_(line, value + i, 1);
        }
        i++;
    }
    temper_puts_(line, "\"");
}

static inline const char *temper_signal_name_(int sig)
{
    switch (sig) {
    case SIGSEGV: return "Segmentation fault (SIGSEGV)";
    case SIGABRT: return "Aborted (SIGABRT)";
    case SIGFPE: return "Arithmetic error, such as division by zero (SIGFPE)";
    case SIGBUS: return "Bus error (SIGBUS)";
    case SIGILL: return "Illegal instruction (SIGILL)";
    case SIGTRAP: return "Trap (SIGTRAP)";
    case SIGKILL: return "Killed (SIGKILL)";
    case SIGTERM: return "Terminated (SIGTERM)";
    case SIGALRM: return "Alarm clock (SIGALRM)";
    case SIGPIPE: return "Broken pipe (SIGPIPE)";
#ifdef SIGXCPU
    case SIGXCPU: return "CPU time limit exceeded (SIGXCPU)";
#endif
#ifdef SIGXFSZ
    case SIGXFSZ: return "File size limit exceeded (SIGXFSZ)";
#endif
    default: return NULL;
    }
}

/* ---- the parent: run one test in a child and report it --------------------- */

typedef struct {
    char text[TEMPER_OUTPUT_LIMIT];
    size_t len;
    int truncated;
} temper_output_;

static inline double temper_now_(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Read what is available on fd; returns 0 at end of file, 1 otherwise.
 * Bytes beyond `limit` are read and dropped so the child never blocks. */
static inline int temper_drain_(int fd, char *into, size_t *len, size_t limit, int *truncated)
{
    char chunk[4096];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return 1; /* EAGAIN: nothing more for now */
        if (n == 0)
            return 0;
        size_t keep = limit - *len < (size_t)n ? limit - *len : (size_t)n;
        memcpy(into + *len, chunk, keep);
        *len += keep;
        if (keep < (size_t)n && truncated)
            *truncated = 1;
    }
}

static inline void temper_start_(void)
{
    if (temper_state_.out_fd >= 0)
        return;
    temper_state_.out_fd = dup(STDOUT_FILENO);
    if (temper_state_.out_fd < 0) {
        perror("temper_test: dup(stdout)");
        exit(2);
    }
    fcntl(temper_state_.out_fd, F_SETFD, FD_CLOEXEC);
    /* From here on, prints from main() itself (even ones still buffered) go to stderr. */
    dup2(STDERR_FILENO, STDOUT_FILENO);
    fflush(stdout);
    signal(SIGPIPE, SIG_IGN);
}

/* In the child: wire stdin/stdout/stderr, run the test, report a pass. */
static inline TEMPER_NORETURN_ void temper_child_(void (*test)(void), int report_fd, int output_fd)
{
    close(temper_state_.out_fd);
    temper_state_.report_fd = report_fd;
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) {
        dup2(devnull, STDIN_FILENO);
        close(devnull);
    }
    dup2(output_fd, STDOUT_FILENO);
    dup2(output_fd, STDERR_FILENO);
    close(output_fd);
    setvbuf(stdout, NULL, _IONBF, 0); /* output printed before a crash is kept */
    test();
    fflush(stdout);
    fflush(stderr);
    temper_write_all_(report_fd, "P", 1);
    temper_coverage_dump_();
    _exit(0);
}

static inline void temper_run_(const char *name, void (*test)(void))
{
    temper_start_();
    temper_state_.ran++;

    temper_line_ line = {{0}, 0};
    int passed = 0;
    temper_puts_(&line, "{");
    temper_put_string_(&line, "name", name, strlen(name));

    int report[2], output[2];
    if (pipe(report) != 0 || pipe(output) != 0) {
        temper_put_string_(&line, "status", "error", 5);
        temper_put_string_(&line, "message", "could not create a pipe", 23);
        goto emit;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        const char *why = strerror(errno);
        close(report[0]); close(report[1]); close(output[0]); close(output[1]);
        temper_put_string_(&line, "status", "error", 5);
        temper_put_string_(&line, "message", "could not start the test (fork failed)", 38);
        temper_put_string_(&line, "output", why, strlen(why));
        goto emit;
    }
    if (pid == 0) {
        close(report[0]);
        close(output[0]);
        temper_coverage_start_(name);
        temper_child_(test, report[1], output[1]);
    }
    close(report[1]);
    close(output[1]);
    fcntl(report[0], F_SETFL, O_NONBLOCK);
    fcntl(output[0], F_SETFL, O_NONBLOCK);

    /* Collect the report and the output until the child ends or time runs out. */
    char rep[TEMPER_REPORT_LIMIT + 1];
    size_t rep_len = 0;
    temper_output_ out = {{0}, 0, 0};
    int rep_open = 1, out_open = 1, status = 0, timed_out = 0;
    double deadline = temper_now_() + TEMPER_TIMEOUT_SECONDS;
    for (;;) {
        if (waitpid(pid, &status, WNOHANG) == pid)
            break;
        double left = deadline - temper_now_();
        if (left <= 0) {
            kill(pid, SIGKILL);
            while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
            }
            timed_out = 1;
            break;
        }
        struct pollfd fds[2];
        nfds_t nfds = 0;
        if (rep_open)
            fds[nfds++] = (struct pollfd){report[0], POLLIN, 0};
        if (out_open)
            fds[nfds++] = (struct pollfd){output[0], POLLIN, 0};
        int wait_ms = (rep_open || out_open) ? 50 : 2;
        if (left * 1000 < wait_ms)
            wait_ms = (int)(left * 1000) + 1;
        poll(fds, nfds, wait_ms);
        if (rep_open)
            rep_open = temper_drain_(report[0], rep, &rep_len, sizeof rep - 1, NULL);
        if (out_open)
            out_open = temper_drain_(output[0], out.text, &out.len, sizeof out.text, &out.truncated);
    }
    temper_drain_(report[0], rep, &rep_len, sizeof rep - 1, NULL);
    temper_drain_(output[0], out.text, &out.len, sizeof out.text, &out.truncated);
    close(report[0]);
    close(output[0]);
    rep[rep_len] = '\0';

    if (timed_out) {
        char msg[64];
        snprintf(msg, sizeof msg, "timed out after %d s", TEMPER_TIMEOUT_SECONDS);
        temper_put_string_(&line, "status", "error", 5);
        temper_put_string_(&line, "message", msg, strlen(msg));
        temper_puts_(&line, ",\"timeout\":true");
    } else if (rep_len > 0 && rep[0] == 'P' && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        temper_put_string_(&line, "status", "pass", 4);
        passed = 1;
    } else if (rep_len > 0 && rep[0] == 'F') {
        /* "F<line>\n<file>\0<message>" */
        char *file = strchr(rep, '\n');
        file = file ? file + 1 : rep + rep_len;
        size_t file_len = strlen(file);
        const char *end = rep + rep_len;
        const char *after = file + file_len < end ? file + file_len + 1 : NULL;
        const char *msg = after ? after : "";
        temper_put_string_(&line, "status", "fail", 4);
        temper_put_string_(&line, "message", msg, strlen(msg));
        const char *actual = after ? after + strlen(after) + 1 : end;
        if (actual < end) {
            const char *expected = actual + strlen(actual) + 1;
            if (expected < end) {
                temper_put_string_(&line, "actual", actual, strlen(actual));
                temper_put_string_(&line, "expected", expected, strlen(expected));
            }
        }
        temper_put_string_(&line, "file", file, file_len);
        char num[32];
        snprintf(num, sizeof num, ",\"line\":%ld", strtol(rep + 1, NULL, 10));
        temper_puts_(&line, num);
    } else {
        char msg[128];
        if (WIFSIGNALED(status)) {
            const char *sig = temper_signal_name_(WTERMSIG(status));
            if (sig)
                snprintf(msg, sizeof msg, "crashed: %s", sig);
            else
                snprintf(msg, sizeof msg, "crashed: signal %d", WTERMSIG(status));
        } else {
            snprintf(msg, sizeof msg,
                     "the program exited with status %d in the middle of the test",
                     WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        }
        temper_put_string_(&line, "status", "error", 5);
        temper_put_string_(&line, "message", msg, strlen(msg));
    }
    if (out.len > 0) {
        char shown[TEMPER_OUTPUT_LIMIT + 32];
        memcpy(shown, out.text, out.len);
        size_t n = out.len;
        if (out.truncated) {
            static const char note[] = "\n[output truncated]";
            memcpy(shown + n, note, sizeof note - 1);
            n += sizeof note - 1;
        }
        temper_put_string_(&line, "output", shown, n);
    }

emit:
    if (!passed)
        temper_state_.failed++;
    temper_puts_(&line, "}\n");
    temper_write_all_(temper_state_.out_fd, line.data, line.len);
}

/* Call once at the end of main: returns 0 if every test passed, 1 otherwise. */
static inline int temper_done(void)
{
    if (temper_state_.out_fd >= 0) {
        close(temper_state_.out_fd);
        temper_state_.out_fd = -1;
    }
    return temper_state_.failed > 0 ? 1 : 0;
}

#endif /* TEMPER_TEST_H */
