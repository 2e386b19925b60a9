# expect: py-off-by-one
class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def show(self):
        for i in range(len(self.songs) + 1):
            print(i, self.songs[i])
