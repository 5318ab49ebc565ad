/*
 * TEMPORARY: a placeholder for tac_doc_segment until the segment stage
 * (src/segment/, another branch) is merged. It compiles to nothing as soon as
 * src/segment/segment.h exists; delete this file at that merge.
 */
#if !__has_include("segment/segment.h")
#include "core/doc.h"

TAC_API tac_status tac_doc_segment(tac_doc *doc, tac_error *err)
{
    (void)doc;
    return tac_fail(err, TAC_ERR_INTERNAL, "sentence segmentation is not built in yet", 0,
                    "the segment stage has not been merged");
}
#else
typedef int tac_segment_pending_unused;
#endif
