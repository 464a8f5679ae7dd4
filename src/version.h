/* version.h - the release number (the content version comes from the curriculum's bytes). */
#ifndef LOOPLAB_VERSION_H
#define LOOPLAB_VERSION_H
#define LOOPLAB_VERSION "0.1.0"
#endif
