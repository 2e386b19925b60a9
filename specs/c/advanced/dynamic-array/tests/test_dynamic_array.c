#include "temper_test.h"
#include "dynamic_array.h"

TEST(a_new_vector_is_empty_and_allocates_nothing)
{
    struct int_vec v;
    vec_init(&v);
    CHECK_EQ_INT(v.length, 0);
    CHECK(v.items == NULL);
    CHECK(vec_at(&v, 0) == NULL);
    vec_free(&v);
}

TEST(pushes_and_reads_back_values)
{
    struct int_vec v;
    vec_init(&v);
    CHECK(vec_push(&v, 10));
    CHECK(vec_push(&v, 20));
    CHECK_EQ_INT(v.length, 2);
    CHECK_EQ_INT(*vec_at(&v, 0), 10);
    CHECK_EQ_INT(*vec_at(&v, 1), 20);
    vec_free(&v);
}

TEST(grows_past_its_first_capacity)
{
    struct int_vec v;
    vec_init(&v);
    for (int i = 0; i < 1000; i++)
        CHECK(vec_push(&v, i * 3));
    CHECK_EQ_INT(v.length, 1000);
    CHECK(v.capacity >= 1000);
    for (int i = 0; i < 1000; i++)
        CHECK_EQ_INT(*vec_at(&v, (size_t)i), i * 3);
    vec_free(&v);
}

TEST(capacity_starts_at_four_and_doubles)
{
    struct int_vec v;
    vec_init(&v);
    vec_push(&v, 1);
    CHECK_EQ_INT(v.capacity, 4);
    for (int i = 0; i < 4; i++)
        vec_push(&v, i);
    CHECK_EQ_INT(v.capacity, 8);
    vec_free(&v);
}

TEST(the_index_equal_to_the_length_is_out_of_range)
{
    struct int_vec v;
    vec_init(&v);
    vec_push(&v, 1);
    vec_push(&v, 2);
    vec_push(&v, 3);
    CHECK(vec_at(&v, 2) != NULL);
    CHECK(vec_at(&v, 3) == NULL);
    CHECK(vec_at(&v, (size_t)-1) == NULL);
    vec_free(&v);
}

TEST(items_can_be_changed_through_vec_at)
{
    struct int_vec v;
    vec_init(&v);
    vec_push(&v, 5);
    *vec_at(&v, 0) = 6;
    CHECK_EQ_INT(*vec_at(&v, 0), 6);
    vec_free(&v);
}

TEST(pops_values_last_in_first_out)
{
    struct int_vec v;
    vec_init(&v);
    vec_push(&v, 1);
    vec_push(&v, 2);
    int out = 0;
    CHECK(vec_pop(&v, &out));
    CHECK_EQ_INT(out, 2);
    CHECK(vec_pop(&v, &out));
    CHECK_EQ_INT(out, 1);
    CHECK_EQ_INT(v.length, 0);
    vec_free(&v);
}

TEST(popping_an_empty_vector_fails_and_leaves_the_output)
{
    struct int_vec v;
    vec_init(&v);
    int out = 42;
    CHECK(!vec_pop(&v, &out));
    CHECK_EQ_INT(out, 42);
    vec_free(&v);
}

TEST(a_freed_vector_is_empty_and_usable_again)
{
    struct int_vec v;
    vec_init(&v);
    vec_push(&v, 1);
    vec_free(&v);
    CHECK(v.items == NULL);
    CHECK_EQ_INT(v.length, 0);
    CHECK_EQ_INT(v.capacity, 0);
    CHECK(vec_push(&v, 7));
    CHECK_EQ_INT(*vec_at(&v, 0), 7);
    vec_free(&v);
}

int main(void)
{
    RUN(a_new_vector_is_empty_and_allocates_nothing);
    RUN(pushes_and_reads_back_values);
    RUN(grows_past_its_first_capacity);
    RUN(capacity_starts_at_four_and_doubles);
    RUN(the_index_equal_to_the_length_is_out_of_range);
    RUN(items_can_be_changed_through_vec_at);
    RUN(pops_values_last_in_first_out);
    RUN(popping_an_empty_vector_fails_and_leaves_the_output);
    RUN(a_freed_vector_is_empty_and_usable_again);
    return temper_done();
}
