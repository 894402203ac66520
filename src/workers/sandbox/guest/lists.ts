/**
 * Guest-side PropertyList: Postman's list of {key, value, disabled} used for headers, query
 * parameters, url-encoded and form-data bodies and cookies. Header lists match keys without case.
 */
export const GUEST_LISTS = String.raw`
function toItem(input, value) {
  if (typeof input === "string") {
    if (value !== undefined) return { key: input, value: value };
    var at = input.indexOf(":");
    return at < 0 ? { key: input.trim(), value: "" } : { key: input.slice(0, at).trim(), value: input.slice(at + 1).trim() };
  }
  var item = {};
  for (var k in input) if (hasOwn(input, k)) item[k] = input[k];
  if (item.key === undefined && item.name !== undefined) item.key = item.name;
  return item;
}

function PropertyList(items, caseless) {
  Object.defineProperty(this, "members", { value: [], writable: true });
  Object.defineProperty(this, "caseless", { value: !!caseless });
  var self = this;
  (items || []).forEach(function (i) { self.add(i); });
}
var PL = PropertyList.prototype;
PL.__satchelText = true;
PL.norm = function (k) { return this.caseless ? String(k).toLowerCase() : String(k); };
PL.matches = function (item, key) { return item.key !== undefined && this.norm(item.key) === this.norm(key); };
PL.add = function (item, value) { this.members.push(toItem(item, value)); };
PL.append = PL.add;
PL.prepend = function (item, value) { this.members.unshift(toItem(item, value)); };
PL.insert = function (item, before) {
  var at = before === undefined ? -1 : this.indexOf(before);
  if (at < 0) this.add(item); else this.members.splice(at, 0, toItem(item));
};
PL.indexOf = function (keyOrItem) {
  for (var i = 0; i < this.members.length; i++) {
    var m = this.members[i];
    if (m === keyOrItem || (typeof keyOrItem === "string" && this.matches(m, keyOrItem))) return i;
  }
  return -1;
};
PL.upsert = function (item, value) {
  var next = toItem(item, value);
  var found = this.one(next.key);
  if (!found) { this.members.push(next); return true; }
  for (var k in next) if (hasOwn(next, k)) found[k] = next[k];
  return false;
};
PL.remove = function (predicate, context) {
  var self = this;
  var test = typeof predicate === "function" ? function (m) { return predicate.call(context, m); }
    : typeof predicate === "string" ? function (m) { return self.matches(m, predicate); }
    : function (m) { return m === predicate || (predicate && m.key === predicate.key); };
  this.members = this.members.filter(function (m) { return !test(m); });
};
PL.clear = function () { this.members = []; };
PL.populate = function (items) { var self = this; (items || []).forEach(function (i) { self.add(i); }); };
PL.repopulate = function (items) { this.clear(); this.populate(items); };
PL.assimilate = function (source) {
  var self = this;
  var list = source instanceof PropertyList ? source.members : Array.isArray(source) ? source : [];
  list.forEach(function (i) { self.upsert(i); });
};
PL.one = function (key) {
  for (var i = this.members.length - 1; i >= 0; i--) if (this.matches(this.members[i], key)) return this.members[i];
  return undefined;
};
PL.get = function (key) {
  for (var i = this.members.length - 1; i >= 0; i--) {
    var m = this.members[i];
    if (!m.disabled && this.matches(m, key)) return m.value;
  }
  return undefined;
};
PL.has = function (key, value) {
  var self = this;
  if (key && typeof key === "object") return this.members.indexOf(key) >= 0;
  return this.members.some(function (m) {
    return !m.disabled && self.matches(m, key) && (value === undefined || m.value === value);
  });
};
PL.idx = function (i) { return this.members[i]; };
PL.count = function () { return this.members.length; };
PL.all = function () { return this.members.slice(); };
PL.each = function (fn, context) { this.members.slice().forEach(function (m) { fn.call(context, m); }); };
PL.map = function (fn, context) { return this.members.map(function (m) { return fn.call(context, m); }); };
PL.filter = function (fn, context) { return this.members.filter(function (m) { return fn.call(context, m); }); };
PL.find = function (fn, context) { return this.members.find(function (m) { return fn.call(context, m); }); };
PL.reduce = function (fn, acc, context) { return this.members.reduce(function (a, m) { return fn.call(context, a, m); }, acc); };
PL.toObject = function (excludeDisabled, caseSensitive, multiValue) {
  var out = {};
  this.members.forEach(function (m) {
    if (m.key === undefined || (excludeDisabled && m.disabled)) return;
    var k = !this.caseless || caseSensitive ? String(m.key) : String(m.key).toLowerCase();
    if (multiValue && hasOwn(out, k)) out[k] = [].concat(out[k], m.value);
    else defineValue(out, k, m.value);
  }, this);
  return out;
};
PL.toJSON = function () { return this.members.map(function (m) { return Object.assign({}, m); }); };
PL.toString = function () {
  return this.members.filter(function (m) { return !m.disabled; })
    .map(function (m) { return m.key + ": " + m.value; }).join("\n");
};
Object.defineProperty(PL, "length", { get: function () { return this.members.length; } });

function pairsToList(pairs, caseless) {
  return new PropertyList((pairs || []).map(function (p) { return { key: p[0], value: p[1] }; }), caseless);
}
function listToPairs(list) {
  return list.members.filter(function (m) { return !m.disabled && m.key !== undefined; })
    .map(function (m) { return [String(m.key), m.value === undefined || m.value === null ? "" : String(m.value)]; });
}
function asList(value, caseless) {
  if (value instanceof PropertyList) return value;
  if (Array.isArray(value)) return new PropertyList(value, caseless);
  if (value && typeof value === "object") {
    return new PropertyList(Object.keys(value).map(function (k) { return { key: k, value: value[k] }; }), caseless);
  }
  if (typeof value === "string") {
    return new PropertyList(value.split(/\r?\n/).filter(function (l) { return l.trim() !== ""; }), caseless);
  }
  return new PropertyList([], caseless);
}
`;
