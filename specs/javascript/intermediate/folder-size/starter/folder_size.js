// The total size of all files in the node.
function totalSize(node) {
  return node.children.reduce((sum, child) => sum + child.size, 0);
}

// The paths of all files in the node, like "root/sub/b.txt".
function listPaths(node) {
  return node.children.map((child) => node.name + "/" + child.name);
}

module.exports = { totalSize, listPaths };
