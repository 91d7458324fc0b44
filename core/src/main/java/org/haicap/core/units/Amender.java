package org.haicap.core.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a file of amendments to a catalogue, checking each change against the state it
 * applies to. The amendments run in effective-date order (file order among equal dates); a
 * change to a province or unit must take effect after every change it already has.
 */
final class Amender {

    private Amender() {
    }

    /** The dated histories of one province or unit being amended. */
    private static final class State<T extends Enum<T>> {
        final List<TypeChange<T>> types;
        final List<NameChange> names;

        State(List<TypeChange<T>> types, List<NameChange> names) {
            this.types = new ArrayList<>(types);
            this.names = new ArrayList<>(names);
        }

        LocalDate last() {
            LocalDate t = types.get(types.size() - 1).effectiveFrom();
            LocalDate n = names.get(names.size() - 1).effectiveFrom();
            return t.isAfter(n) ? t : n;
        }
    }

    static UnitCatalog apply(UnitCatalog catalog, CatalogueAmendments file) {
        String source = file.source();
        Set<String> included = new HashSet<>();
        for (CatalogueAmendments f : catalog.included()) {
            for (CatalogueAmendment a : f.amendments()) {
                included.add(a.resolution());
            }
        }
        List<CatalogueAmendment> list = file.amendments();
        Integer[] order = new Integer[list.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing(i -> list.get(i).effective()));

        Map<String, State<ProvinceType>> provinces = new LinkedHashMap<>();
        Map<String, State<UnitType>> units = new HashMap<>();
        Set<String> inFile = new HashSet<>();
        for (int i : order) {
            CatalogueAmendment a = list.get(i);
            String r = a.resolution();
            if (included.contains(r)) {
                throw new AmendmentException(source, i, r, "amendments[" + i + "].resolution", r,
                        "nghị quyết này đã có trong danh mục", "this resolution is already in the catalogue");
            }
            if (!inFile.add(r)) {
                throw new AmendmentException(source, i, r, "amendments[" + i + "].resolution", r,
                        "nghị quyết lặp lại trong tệp", "this resolution is listed twice in the file");
            }
            LocalDate eff = a.effective();
            for (int j = 0; j < a.changes().size(); j++) {
                AmendmentChange c = a.changes().get(j);
                String field = "amendments[" + i + "].changes[" + j + "]";
                if (c instanceof ProvinceChange pc) {
                    State<ProvinceType> s = provinces.get(c.code());
                    if (s == null) {
                        Province p = catalog.province(pc.provinceCode()).orElseThrow(() -> new AmendmentException(
                                source, i, r, field, c.code(), "không có tỉnh mã " + c.code() + " trong danh mục",
                                "no province has code " + c.code() + " in the catalogue"));
                        s = new State<>(p.typeHistory(), p.nameHistory());
                        provinces.put(c.code(), s);
                    }
                    amend(s, pc.fromType(), pc.toType(), pc.fromName(), pc.toName(), eff, source, i, r, field, c.code());
                } else {
                    UnitChange uc = (UnitChange) c;
                    State<UnitType> s = units.get(c.code());
                    if (s == null) {
                        AdminUnit u = catalog.unit(uc.unitCode()).orElseThrow(() -> new AmendmentException(
                                source, i, r, field, c.code(), "không có đơn vị mã " + c.code() + " trong danh mục",
                                "no unit has code " + c.code() + " in the catalogue"));
                        s = new State<>(u.typeHistory(), u.nameHistory());
                        units.put(c.code(), s);
                    }
                    amend(s, uc.fromType(), uc.toType(), uc.fromName(), uc.toName(), eff, source, i, r, field, c.code());
                }
            }
        }

        Map<String, Province> newProvinces = new HashMap<>();
        List<Province> provinceList = new ArrayList<>(catalog.provinces().size());
        for (Province p : catalog.provinces()) {
            State<ProvinceType> s = provinces.get(p.code().value());
            if (s != null) {
                p = new Province(p.code(), p.name(), p.shortName(), s.types, s.names);
                newProvinces.put(p.code().value(), p);
            }
            provinceList.add(p);
        }
        Map<String, AdminUnit> rebuilt = new HashMap<>();
        List<AdminUnit> unitList = new ArrayList<>(catalog.units().size());
        for (AdminUnit u : catalog.units()) {
            State<UnitType> s = units.get(u.code().value());
            Province p = newProvinces.get(u.province().code().value());
            if (s != null || p != null) {
                u = new AdminUnit(u.code(), u.name(), u.shortName(), p == null ? u.province() : p,
                        s == null ? u.typeHistory() : s.types, u.formerUnits(), u.notes(),
                        s == null ? u.nameHistory() : s.names);
                rebuilt.put(u.code().value(), u);
            }
            unitList.add(u);
        }
        List<AdminUnit> loadOrder = new ArrayList<>(unitList.size());
        for (AdminUnit u : catalog.loadOrder()) {
            loadOrder.add(rebuilt.getOrDefault(u.code().value(), u));
        }
        List<CatalogueAmendments> files = new ArrayList<>(catalog.included());
        files.add(file);
        return new UnitCatalog(List.copyOf(provinceList), List.copyOf(unitList), List.copyOf(loadOrder),
                List.copyOf(files));
    }

    private static <T extends Enum<T>> void amend(State<T> s, T fromType, T toType, String fromName, String toName,
            LocalDate eff, String source, int i, String r, String field, String code) {
        LocalDate last = s.last();
        if (!eff.isAfter(last)) {
            String vi = eff.equals(last) ? "mã " + code + " đã có một thay đổi cùng ngày hiệu lực " + eff
                    : "mã " + code + " đã có một thay đổi hiệu lực " + last + ", sau ngày " + eff + " của nghị quyết này";
            String en = eff.equals(last) ? "code " + code + " already has a change effective on the same date " + eff
                    : "code " + code + " already has a change effective " + last + ", after this amendment's " + eff;
            throw new AmendmentException(source, i, r, field, code, vi, en);
        }
        if (toType != null) {
            T current = s.types.get(s.types.size() - 1).type();
            if (current != fromType) {
                throw new AmendmentException(source, i, r, field + ".type.from", String.valueOf(fromType),
                        "mã " + code + " có loại hình " + label(current) + " vào ngày " + eff.minusDays(1)
                                + ", không phải " + label(fromType),
                        "code " + code + " is " + label(current) + " on " + eff.minusDays(1) + ", not "
                                + label(fromType));
            }
            s.types.add(new TypeChange<>(eff, toType));
        }
        if (toName != null) {
            String current = s.names.get(s.names.size() - 1).shortName();
            if (!current.equals(fromName)) {
                throw new AmendmentException(source, i, r, field + ".name.from", fromName,
                        "mã " + code + " có tên \"" + current + "\" vào ngày " + eff.minusDays(1) + ", không phải \""
                                + fromName + "\"",
                        "code " + code + " is named \"" + current + "\" on " + eff.minusDays(1) + ", not \""
                                + fromName + "\"");
            }
            s.names.add(new NameChange(eff, toName));
        }
    }

    private static String label(Object type) {
        if (type instanceof UnitType u) {
            return u.vietnamese();
        }
        if (type instanceof ProvinceType p) {
            return p.vietnamese();
        }
        return String.valueOf(type);
    }
}
