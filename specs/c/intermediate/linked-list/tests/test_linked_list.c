#include "temper_test.h"
#include "linked_list.h"

/* The list holding values[0], values[1], ... in that order. */
static struct node *make_list(const int *values, size_t count)
{
    struct node *head = NULL;
    for (size_t i = count; i > 0; i--)
        head = list_push_front(head, values[i - 1]);
    return head;
}

/* True when the list holds exactly the given values in order. */
static bool holds(const struct node *head, const int *values, size_t count)
{
    for (size_t i = 0; i < count; i++, head = head->next) {
        if (head == NULL || head->value != values[i])
            return false;
    }
    return head == NULL;
}

TEST(reverses_a_list)
{
    int values[] = {1, 2, 3, 4};
    struct node *list = list_reverse(make_list(values, 4));
    int expected[] = {4, 3, 2, 1};
    CHECK(holds(list, expected, 4));
    list_free(list);
}

TEST(reversing_reuses_the_same_nodes)
{
    int values[] = {1, 2};
    struct node *list = make_list(values, 2);
    struct node *first = list, *second = list->next;
    list = list_reverse(list);
    CHECK(list == second);
    CHECK(list->next == first);
    CHECK(first->next == NULL);
    list_free(list);
}

TEST(reversing_the_empty_list_gives_the_empty_list) { CHECK(list_reverse(NULL) == NULL); }

TEST(reversing_one_node_changes_nothing)
{
    int values[] = {7};
    struct node *list = list_reverse(make_list(values, 1));
    CHECK(holds(list, values, 1));
    list_free(list);
}

TEST(removes_a_value_from_the_middle)
{
    int values[] = {1, 2, 3};
    struct node *list = make_list(values, 3);
    CHECK(list_remove_first(&list, 2));
    int expected[] = {1, 3};
    CHECK(holds(list, expected, 2));
    list_free(list);
}

TEST(removing_the_head_updates_the_callers_pointer)
{
    int values[] = {1, 2, 3};
    struct node *list = make_list(values, 3);
    CHECK(list_remove_first(&list, 1));
    int expected[] = {2, 3};
    CHECK(holds(list, expected, 2));
    list_free(list);
}

TEST(removes_only_the_first_match)
{
    int values[] = {5, 6, 5};
    struct node *list = make_list(values, 3);
    CHECK(list_remove_first(&list, 5));
    int expected[] = {6, 5};
    CHECK(holds(list, expected, 2));
    list_free(list);
}

TEST(removing_the_only_node_empties_the_list)
{
    int values[] = {9};
    struct node *list = make_list(values, 1);
    CHECK(list_remove_first(&list, 9));
    CHECK(list == NULL);
    CHECK(!list_remove_first(&list, 9));
}

TEST(a_missing_value_leaves_the_list_alone)
{
    int values[] = {1, 2, 3};
    struct node *list = make_list(values, 3);
    CHECK(!list_remove_first(&list, 4));
    CHECK(holds(list, values, 3));
    list_free(list);
}

TEST(frees_long_and_empty_lists)
{
    struct node *list = NULL;
    for (int i = 0; i < 100000; i++)
        list = list_push_front(list, i);
    CHECK_EQ_INT(list_length(list), 100000);
    list_free(list);
    list_free(NULL);
}

int main(void)
{
    RUN(reverses_a_list);
    RUN(reversing_reuses_the_same_nodes);
    RUN(reversing_the_empty_list_gives_the_empty_list);
    RUN(reversing_one_node_changes_nothing);
    RUN(removes_a_value_from_the_middle);
    RUN(removing_the_head_updates_the_callers_pointer);
    RUN(removes_only_the_first_match);
    RUN(removing_the_only_node_empties_the_list);
    RUN(a_missing_value_leaves_the_list_alone);
    RUN(frees_long_and_empty_lists);
    return temper_done();
}
