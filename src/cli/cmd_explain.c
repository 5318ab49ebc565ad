/* tacitus explain — not written yet. */
#include "cli/cli.h"

int cli_cmd_explain(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("'explain' is not available in this build yet");
    return 2;
}
