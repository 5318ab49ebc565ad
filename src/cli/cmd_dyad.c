/* tacitus dyad — not written yet. */
#include "cli/cli.h"

int cli_cmd_dyad(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("'dyad' is not available in this build yet");
    return 2;
}
