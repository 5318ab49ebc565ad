/* tacitus eval — not written yet. */
#include "cli/cli.h"

int cli_cmd_eval(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("'eval' is not available in this build yet");
    return 2;
}
