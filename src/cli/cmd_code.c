/* tacitus code — not written yet. */
#include "cli/cli.h"

int cli_cmd_code(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("'code' is not available in this build yet");
    return 2;
}
