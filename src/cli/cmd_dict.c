/* tacitus dict — not written yet. */
#include "cli/cli.h"

int cli_cmd_dict(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("'dict' is not available in this build yet");
    return 2;
}
