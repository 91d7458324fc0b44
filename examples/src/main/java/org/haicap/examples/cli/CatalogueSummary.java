package org.haicap.examples.cli;

import java.time.LocalDate;
import java.util.List;
import org.haicap.core.units.AdminUnit;
import org.haicap.core.units.Province;
import org.haicap.core.units.ProvinceType;
import org.haicap.core.units.UnitCatalog;
import org.haicap.core.units.UnitType;
import org.haicap.reporting.Cell;
import org.haicap.reporting.ColumnType;
import org.haicap.reporting.Count;
import org.haicap.reporting.LocalizedText;
import org.haicap.reporting.Report;
import org.haicap.reporting.Section;
import org.haicap.reporting.Table;

/**
 * The {@link ReportCommand.Runner} in place until the standard report exists: the catalogue
 * summary as of the request's date — provinces and commune-level units of the country by type,
 * and the units of the sample's city. It says that the standard report is not yet available.
 * Immutable and thread-safe.
 */
final class CatalogueSummary implements ReportCommand.Runner {

    static final LocalizedText NOT_YET = LocalizedText.of(
            "Báo cáo tiêu chuẩn chưa có trong bản này; đây là bảng tổng hợp danh mục đơn vị hành chính.",
            "The standard report is not yet available in this build; this is the catalogue summary.");

    @Override
    public Report build(ReportCommand.Request request) {
        UnitCatalog catalog = UnitCatalog.official();
        LocalDate asOf = request.asOf();
        Report.Builder report = Report.builder(LocalizedText.of("Tổng hợp đơn vị hành chính hai cấp",
                        "Summary of the two-level administrative units"))
                .period(UnitCatalog.EFFECTIVE_FROM, asOf)
                .asOf(asOf);
        List<Province> provinces = catalog.provinces();
        long cities = provinces.stream().filter(p -> p.typeAsOf(asOf) == ProvinceType.CENTRAL_CITY).count();
        report.section(Section.builder(LocalizedText.of("Cả nước", "Whole country"))
                .add(Count.of(LocalizedText.of("Tỉnh, thành phố", "Provinces and centrally governed cities"), provinces.size())
                        .withNote(NOT_YET))
                .count(LocalizedText.of("Thành phố trực thuộc trung ương", "Centrally governed cities"), cities)
                .count(LocalizedText.of("Tỉnh", "Provinces"), provinces.size() - cities)
                .count(LocalizedText.of("Đơn vị hành chính cấp xã", "Commune-level units"), catalog.units().size())
                .add(byType(LocalizedText.of("Đơn vị cấp xã theo loại", "Commune-level units by type"), catalog.units(), asOf))
                .build());
        if (request.sample().isPresent()) {
            Province city = catalog.province(Samples.provinceCode(request.sample().get())).orElseThrow();
            List<AdminUnit> units = catalog.units(city.code());
            report.section(Section.builder(LocalizedText.of(city.nameAsOf(asOf)))
                    .count(LocalizedText.of("Đơn vị hành chính cấp xã", "Commune-level units"), units.size())
                    .add(byType(LocalizedText.of("Theo loại", "By type"), units, asOf))
                    .build());
        } else {
            report.section(Section.builder(LocalizedText.of("Tệp dữ liệu", "Data files"))
                    .add(Count.of(LocalizedText.of("Tệp đã cho", "Files given"), request.data().size())
                            .withNote(LocalizedText.of("Chưa đọc: báo cáo từ tệp dữ liệu chưa có trong bản này.",
                                    "Not read: reports from data files are not yet available in this build.")))
                    .build());
        }
        return report.build();
    }

    private static Table byType(LocalizedText label, List<AdminUnit> units, LocalDate asOf) {
        int[] counts = UnitsCommands.counts(units, asOf);
        Table.Builder t = Table.builder(label)
                .column(LocalizedText.of("Loại", "Type"), ColumnType.TEXT)
                .column(LocalizedText.of("Số đơn vị", "Units"), ColumnType.INTEGER);
        for (UnitType type : UnitType.values()) {
            t.row(Cell.text(LocalizedText.of(type.vietnamese(), type.english())), Cell.integer(counts[type.ordinal()]));
        }
        return t.build();
    }
}
