/* tacitus relations — not written yet. */
#include "cli/cli.h"

int cli_cmd_relations(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_errorf("'relations' is not available in this build yet");
    return 2;
}
