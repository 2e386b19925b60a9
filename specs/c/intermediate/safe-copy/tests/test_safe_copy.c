#include "temper_test.h"
#include <string.h>
#include "safe_copy.h"

/* A buffer followed by bytes that must never change: writing past the end shows up there. */
struct guarded {
    char buf[8];
    char guard[8];
};

static void prepare(struct guarded *g)
{
    memset(g->buf, 'X', sizeof g->buf);
    memset(g->guard, '#', sizeof g->guard);
}

static int guard_intact(const struct guarded *g)
{
    for (size_t i = 0; i < sizeof g->guard; i++) {
        if (g->guard[i] != '#')
            return 0;
    }
    return 1;
}

TEST(copies_a_short_string)
{
    struct guarded g;
    prepare(&g);
    CHECK_EQ_INT(safe_copy(g.buf, sizeof g.buf, "cat"), 3);
    CHECK_EQ_STR(g.buf, "cat");
}

TEST(an_exact_fit_keeps_room_for_the_terminator)
{
    struct guarded g;
    prepare(&g);
    CHECK_EQ_INT(safe_copy(g.buf, sizeof g.buf, "1234567"), 7);
    CHECK_EQ_STR(g.buf, "1234567");
    CHECK(guard_intact(&g));
}

TEST(a_long_string_is_truncated_and_still_terminated)
{
    struct guarded g;
    prepare(&g);
    CHECK_EQ_INT(safe_copy(g.buf, sizeof g.buf, "elephants"), 9);
    CHECK_EQ_STR(g.buf, "elephan");
    CHECK(guard_intact(&g));
}

TEST(never_writes_past_the_given_size)
{
    struct guarded g;
    prepare(&g);
    CHECK_EQ_INT(safe_copy(g.buf, 3, "hello"), 5);
    CHECK_EQ_STR(g.buf, "he");
    CHECK_EQ_INT(g.buf[3], 'X');
}

TEST(a_zero_size_buffer_is_left_untouched)
{
    struct guarded g;
    prepare(&g);
    CHECK_EQ_INT(safe_copy(g.buf, 0, "hello"), 5);
    CHECK_EQ_INT(g.buf[0], 'X');
}

TEST(copies_the_empty_string)
{
    struct guarded g;
    prepare(&g);
    CHECK_EQ_INT(safe_copy(g.buf, sizeof g.buf, ""), 0);
    CHECK_EQ_STR(g.buf, "");
}

TEST(truncation_is_detectable_from_the_result)
{
    char small[4];
    CHECK(safe_copy(small, sizeof small, "abc") < sizeof small);
    CHECK(safe_copy(small, sizeof small, "abcd") >= sizeof small);
}

TEST(appends_when_there_is_room)
{
    char path[16] = "usr";
    CHECK_EQ_INT(safe_append(path, sizeof path, "/local"), 9);
    CHECK_EQ_STR(path, "usr/local");
}

TEST(a_long_append_is_truncated_within_the_buffer)
{
    struct guarded g;
    prepare(&g);
    safe_copy(g.buf, sizeof g.buf, "abc");
    CHECK_EQ_INT(safe_append(g.buf, sizeof g.buf, "defghij"), 10);
    CHECK_EQ_STR(g.buf, "abcdefg");
    CHECK(guard_intact(&g));
}

int main(void)
{
    RUN(copies_a_short_string);
    RUN(an_exact_fit_keeps_room_for_the_terminator);
    RUN(a_long_string_is_truncated_and_still_terminated);
    RUN(never_writes_past_the_given_size);
    RUN(a_zero_size_buffer_is_left_untouched);
    RUN(copies_the_empty_string);
    RUN(truncation_is_detectable_from_the_result);
    RUN(appends_when_there_is_room);
    RUN(a_long_append_is_truncated_within_the_buffer);
    return temper_done();
}
