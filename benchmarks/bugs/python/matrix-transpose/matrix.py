def transpose(matrix):
    if not matrix:
        return []
    rows = len(matrix)
    cols = len(matrix[0])
    result = [[0] * rows] * cols
    for i in range(rows):
        for j in range(cols):
            result[j][i] = matrix[i][j]
    return result
