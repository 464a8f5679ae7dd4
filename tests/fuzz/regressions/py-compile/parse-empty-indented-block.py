def w():
 \
#