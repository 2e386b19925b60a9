#include "temper_test.h"
#include "list.h"

TEST(empty_list_has_length_zero)
{
    CHECK_EQ_INT(list_length(NULL), 0);
}

TEST(append_after_an_existing_node)
{
    Node first = {4, NULL};
    Node *head = &first;
    list_append(&head, 6);
    CHECK_EQ_INT(list_length(head), 2);
    CHECK_EQ_INT(list_sum(head), 10);
}

TEST(append_to_an_empty_list)
{
    Node *head = NULL;
    list_append(&head, 7);
    CHECK_EQ_INT(list_length(head), 1);
}

TEST(build_a_list_from_nothing)
{
    Node *head = NULL;
    for (int i = 1; i <= 4; i++)
        list_append(&head, i);
    CHECK_EQ_INT(list_sum(head), 10);
}

int main(void)
{
    RUN(empty_list_has_length_zero);
    RUN(append_after_an_existing_node);
    RUN(append_to_an_empty_list);
    RUN(build_a_list_from_nothing);
    return temper_done();
}
