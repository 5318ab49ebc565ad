/* tacitus query — not written yet. */
#include "cli/cli.h"

int cli_cmd_query(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("'query' is not available in this build yet");
    return 2;
}
