// The bundled guide in its compiled form, generated from Content/ by `swift run generate-content`.
#ifndef CAREERS_BUNDLED_GUIDE_H
#define CAREERS_BUNDLED_GUIDE_H

/// The compiled guide's bytes (see CareerCore's GuideFile); `size` receives their count.
const unsigned char *careers_bundled_guide(unsigned long *size);

#endif
